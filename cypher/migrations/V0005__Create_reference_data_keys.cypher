// Reference data from public datasets: GB/T 4754 classes and 申万 industries by code; products and
// industries are also looked up by name (segment coverage in chain definitions names them).
CREATE CONSTRAINT industry_class_code IF NOT EXISTS FOR (c:IndustryClass) REQUIRE c.code IS UNIQUE;
CREATE CONSTRAINT industry_code IF NOT EXISTS FOR (i:Industry) REQUIRE i.code IS UNIQUE;
CREATE INDEX industry_name IF NOT EXISTS FOR (i:Industry) ON (i.name);
CREATE INDEX product_name IF NOT EXISTS FOR (p:Product) ON (p.name);
