// Enterprises named by "stock:<code>" references: the id each stands for (its USCC when it has one).
UNWIND $keys AS key
MATCH (e:Enterprise {stockCode: substring(key, 6)})
RETURN key, e.id AS id
