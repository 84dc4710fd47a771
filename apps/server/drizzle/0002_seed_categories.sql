-- The five categories of the original service (its CategoriaBase enum).
INSERT INTO "categories" ("name")
VALUES ('Eletrônico'), ('Eletrodoméstico'), ('Móveis'), ('Roupas'), ('Calçados')
ON CONFLICT ("name") DO NOTHING;
