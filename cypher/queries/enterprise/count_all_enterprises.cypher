MATCH (e:Enterprise)
RETURN count(e) AS total
