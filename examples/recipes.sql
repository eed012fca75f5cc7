-- Ready queries over a run's tables, in DuckDB (https://duckdb.org; `pip install duckdb`).
--
--   import duckdb
--   con = duckdb.connect()
--   con.execute("SET VARIABLE outputs = 'outputs'")       -- the folder of the tables (default: outputs)
--   con.execute(open("examples/recipes.sql").read())      -- the views below
--   con.sql("FROM meetings_per_year").show()
--
-- or, in the duckdb shell from the repository's root:  .read examples/recipes.sql  then  FROM meetings_per_year;
-- Each question is one view (tests/test_recipes.py runs them on the seeds' tables). Columns named like SQL
-- keywords need quotes: commitments."end", entities."end".

CREATE OR REPLACE MACRO table_path(name) AS coalesce(getvariable('outputs'), 'outputs') || '/' || name || '.parquet';
CREATE OR REPLACE VIEW documents AS FROM read_parquet(table_path('documents'));
CREATE OR REPLACE VIEW entities AS FROM read_parquet(table_path('entities'));
CREATE OR REPLACE VIEW meetings AS FROM read_parquet(table_path('meetings'));
CREATE OR REPLACE VIEW commitments AS FROM read_parquet(table_path('commitments'));
CREATE OR REPLACE VIEW entity_index AS FROM read_parquet(table_path('entity_index'));

-- 1. Meetings per year and series.
CREATE OR REPLACE VIEW meetings_per_year AS
SELECT year, series, count(*) AS meetings, string_agg(meeting_id, ', ' ORDER BY meeting_id) AS meeting_ids
FROM meetings WHERE year IS NOT NULL
GROUP BY year, series ORDER BY year, series;

-- 2. Who committed to what at which meeting (actors by their canonical name).
CREATE OR REPLACE VIEW who_committed AS
SELECT m.year, c.meeting_id, m.name AS meeting, coalesce(a.name, c.actor) AS actor, c.action, c.content, c.deadline
FROM commitments c
LEFT JOIN meetings m USING (meeting_id)
LEFT JOIN entity_index a ON a.entity_id = c.actor_id
ORDER BY m.year NULLS LAST, c.meeting_id, actor, c.action;

-- 3. One country's commitments over time: Vietnam (change 'VN' for another ISO 3166-1 code). The year is the
--    meeting's, else the article's publication year; the chair and host columns of meetings join the same way.
CREATE OR REPLACE VIEW country_commitments AS
SELECT coalesce(m.year, year(d.published)) AS year, c.action, count(*) AS commitments,
       string_agg(DISTINCT c.meeting_id, ', ') AS meeting_ids
FROM commitments c
JOIN entity_index country ON country.entity_id = c.actor_id AND country.country_code = 'VN'
JOIN documents d USING (doc_id)
LEFT JOIN meetings m USING (meeting_id)
GROUP BY ALL ORDER BY year NULLS LAST, c.action;

-- 4. Entity co-occurrence: people, organisations and countries named in the same sentence, most often first.
CREATE OR REPLACE VIEW cooccurrence AS
WITH actors AS (
    SELECT DISTINCT e.doc_id, e.sentence, e.entity_id, i.name
    FROM entities e JOIN entity_index i USING (entity_id)
    WHERE i.label IN ('PERSON', 'ORG', 'GPE'))
SELECT x.name AS entity, y.name AS with_entity, count(*) AS sentences
FROM actors x JOIN actors y ON x.doc_id = y.doc_id AND x.sentence = y.sentence AND x.entity_id < y.entity_id
GROUP BY ALL ORDER BY sentences DESC, entity, with_entity;
