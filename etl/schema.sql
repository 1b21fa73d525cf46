-- The warehouse as it is today (schema version 13). A new warehouse is made from this file; an older
-- one is brought here by the migrations in etl/migrations.py.
--
-- Only what DuckLake accepts is used: plain types (categorical columns are VARCHAR), no sequences,
-- no PRIMARY KEY, UNIQUE or CHECK constraints, no macros, no indexes, and only literal defaults. What
-- those constraints would guarantee, the load step guarantees: every load validates what it writes,
-- and etl/integrity.py checks the rows it touched before its transaction commits (accepted values,
-- value >= 0, the year range, unique ids, no content loaded twice).
--
-- Statements are separated by a semicolon at the end of a line.

-- Key-value settings of the warehouse: data_version (bumped by every load; caches key on it).
CREATE TABLE meta (
    key VARCHAR NOT NULL,
    value VARCHAR NOT NULL
);

-- Which schema version the warehouse has, and when each step was applied.
CREATE TABLE schema_migrations (
    version INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
);

-- The next free id of each kind of row (batch, school, document, observation, award, candidate),
-- reserved inside the transaction that writes the rows (etl.ids).
CREATE TABLE id_counters (
    name VARCHAR NOT NULL,
    next_id BIGINT NOT NULL
);

-- The indicator catalog, kept equal to data/indicators.csv by every build.
-- kind: stock (a head count at a moment) | flow (a count over a period) | event.
CREATE TABLE indicators (
    id VARCHAR NOT NULL,
    category VARCHAR NOT NULL,
    name_zh VARCHAR NOT NULL,
    name_en VARCHAR NOT NULL,
    unit VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    definition VARCHAR,
    max_value DOUBLE,
    aliases VARCHAR
);

-- Every load, review, correction, change to schools and revert: one row each, one transaction each.
-- kind: bundled | report | sheet | correction | review | revert | schools;
-- status: committed | reverted (a reverted batch's rows stay for the record but leave every view).
CREATE TABLE batches (
    id INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    file_name VARCHAR,
    content_hash VARCHAR,
    rows_observations INTEGER NOT NULL DEFAULT 0,
    rows_awards INTEGER NOT NULL DEFAULT 0,
    rows_documents INTEGER NOT NULL DEFAULT 0,
    rows_schools INTEGER NOT NULL DEFAULT 0,
    who VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL,
    status VARCHAR NOT NULL DEFAULT 'committed',
    reverted_at TIMESTAMP,
    reverts_batch INTEGER,
    note VARCHAR
);

-- Schools, with their place (province, city, district) as far as it is known.
-- level: primary | middle | high | nine_year | vocational | university | special | unknown.
CREATE TABLE schools (
    id INTEGER NOT NULL,
    name_zh VARCHAR,
    name_en VARCHAR,
    province VARCHAR,
    city VARCHAR,
    district VARCHAR,
    region VARCHAR,
    level VARCHAR NOT NULL DEFAULT 'unknown',
    batch_id INTEGER NOT NULL
);

-- Every spelling a school was written with, by its matching key (etl.schools.alias_key).
CREATE TABLE school_aliases (
    alias VARCHAR NOT NULL,
    school_id INTEGER NOT NULL,
    spelling VARCHAR NOT NULL,
    batch_id INTEGER NOT NULL
);

-- Reports, with their full text (the evidence of a figure is text[span_start:span_end]).
-- lang: zh | en; doc_type: case_report | work_plan | work_summary | news.
CREATE TABLE documents (
    id INTEGER NOT NULL,
    batch_id INTEGER NOT NULL,
    content_hash VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    lang VARCHAR NOT NULL,
    title VARCHAR,
    published DATE,
    doc_type VARCHAR NOT NULL,
    school_id INTEGER,
    text VARCHAR
);

-- Figures from reports and from analysts' corrections and assignments (sheet figures are in
-- sheet_values; the view `observations` shows both).
-- qualifier: exact | at_least | approx | at_most; source_kind: report | correction;
-- review_status: pending | confirmed | corrected | rejected;
-- cadence (a rate such as "每月"): day | week | month | quarter | term | half_year | year.
CREATE TABLE report_observations (
    id BIGINT NOT NULL,
    batch_id INTEGER NOT NULL,
    school_id INTEGER NOT NULL,
    indicator_id VARCHAR NOT NULL,
    year SMALLINT,
    period_label VARCHAR,
    period_start SMALLINT,
    period_end SMALLINT,
    cadence VARCHAR,
    value DOUBLE NOT NULL,
    qualifier VARCHAR NOT NULL,
    is_target BOOLEAN NOT NULL,
    source_kind VARCHAR NOT NULL,
    document_id INTEGER,
    span_start INTEGER,
    span_end INTEGER,
    evidence VARCHAR,
    sheet_row INTEGER,
    review_status VARCHAR NOT NULL DEFAULT 'pending',
    corrects_id BIGINT,
    note VARCHAR
);

-- Figures from sheets, by the million: narrow, one row per figure. A figure's id is its batch id
-- times 2^32 plus its place in the sheet. `sole`: the figure was its key's only source when loaded,
-- so it is that key's current value as it stands (see current_facts).
CREATE TABLE sheet_values (
    id BIGINT NOT NULL,
    batch_id INTEGER NOT NULL,
    school_id INTEGER NOT NULL,
    indicator_id VARCHAR NOT NULL,
    year SMALLINT NOT NULL,
    value DOUBLE NOT NULL,
    qualifier VARCHAR NOT NULL,
    sheet_row INTEGER NOT NULL,
    review_status VARCHAR,  -- NULL until a review decides: the figure stands as loaded (confirmed)
    loaded_at TIMESTAMP NOT NULL,
    sole BOOLEAN NOT NULL
);

-- The notes of the sheet figures that have one (most have none).
CREATE TABLE sheet_notes (
    id BIGINT NOT NULL,
    note VARCHAR NOT NULL
);

-- Honours ("2019年被区教委表彰为先进基层党组织").
-- level: national | provincial | municipal | district | school | unknown; recipient: organization | individual.
CREATE TABLE awards (
    id BIGINT NOT NULL,
    batch_id INTEGER NOT NULL,
    school_id INTEGER NOT NULL,
    year SMALLINT,
    title VARCHAR NOT NULL,
    level VARCHAR NOT NULL,
    recipient VARCHAR NOT NULL,
    source_kind VARCHAR NOT NULL,
    document_id INTEGER,
    span_start INTEGER,
    span_end INTEGER,
    evidence VARCHAR,
    sheet_row INTEGER,
    review_status VARCHAR NOT NULL DEFAULT 'pending'
);

-- Analysts' reviews of figures (each one batch): what they did and the status it replaced.
-- action: confirm | correct | reject.
CREATE TABLE reviews (
    batch_id INTEGER NOT NULL,
    observation_id BIGINT NOT NULL,
    action VARCHAR NOT NULL,
    previous_status VARCHAR NOT NULL,
    correction_id BIGINT,
    note VARCHAR
);

-- Current values that had to be resolved from several sources (the others are sole sheet figures).
CREATE TABLE resolved_facts (
    school_id INTEGER NOT NULL,
    indicator_id VARCHAR NOT NULL,
    ref_year SMALLINT,
    cadence VARCHAR,
    is_target BOOLEAN NOT NULL,
    source_kind VARCHAR NOT NULL,
    batch_id INTEGER NOT NULL,
    value DOUBLE NOT NULL,
    qualifier VARCHAR NOT NULL,
    parts BIGINT NOT NULL,
    first_id BIGINT NOT NULL,
    period_label VARCHAR,
    loaded_at TIMESTAMP,
    has_conflict BOOLEAN NOT NULL
);

-- Per school and indicator: how many figures, which years (two bitmaps: bit n of years_a is
-- 1949 + n, of years_b 2012 + n), and the latest total. Refreshed by every load.
CREATE TABLE school_indicator_summary (
    school_id INTEGER NOT NULL,
    indicator_id VARCHAR NOT NULL,
    figures INTEGER NOT NULL,
    years_a BIGINT NOT NULL,
    years_b BIGINT NOT NULL,
    undated BOOLEAN NOT NULL,
    latest_value DOUBLE,
    latest_qualifier VARCHAR,
    latest_year SMALLINT,
    latest_period VARCHAR,
    latest_source_kind VARCHAR,
    latest_first_id BIGINT,
    latest_has_conflict BOOLEAN
);

-- Per school: figures, indicators and years, for the overview and the filters.
CREATE TABLE school_stats (
    school_id INTEGER NOT NULL,
    figures INTEGER NOT NULL,
    indicators INTEGER NOT NULL,
    years_a BIGINT NOT NULL,
    years_b BIGINT NOT NULL
);

-- Numbers of reports that no rule assigns, kept for an analyst to assign or dismiss.
CREATE TABLE candidates (
    id BIGINT NOT NULL,
    batch_id INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    school_id INTEGER NOT NULL,
    value DOUBLE NOT NULL,
    qualifier VARCHAR NOT NULL,
    unit VARCHAR,
    year SMALLINT,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    evidence VARCHAR NOT NULL,
    reason VARCHAR
);

-- The analysts' decisions on candidates (each one batch). action: assign | dismiss.
CREATE TABLE candidate_decisions (
    batch_id INTEGER NOT NULL,
    candidate_id BIGINT NOT NULL,
    action VARCHAR NOT NULL,
    observation_id BIGINT,
    note VARCHAR
);

-- Analysts' changes to schools: each field's value before and after.
CREATE TABLE school_changes (
    batch_id INTEGER NOT NULL,
    school_id INTEGER NOT NULL,
    field VARCHAR NOT NULL,
    old VARCHAR,
    new VARCHAR
);

-- Rows (figure, honour, document, candidate, alias) a change to schools moved from one school to another.
CREATE TABLE school_moves (
    batch_id INTEGER NOT NULL,
    table_name VARCHAR NOT NULL,
    row_key VARCHAR NOT NULL,
    from_school INTEGER NOT NULL,
    to_school INTEGER NOT NULL
);

-- Analysts' and admins' own accounts (`python -m etl user add`): the name that their loads, reviews
-- and reverts record, their role (analyst or admin), and their password as a scrypt hash
-- (etl.auth). name_key is the name as a login matches it (etl.auth.account_key): one account each.
CREATE TABLE accounts (
    name VARCHAR NOT NULL,
    name_key VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    password_hash VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- Views saved by name (a page and its URL query: the filters and the page's own choices), listed
-- for everyone, made, renamed and deleted by analysts (etl.saved). id from the counter 'view'.
CREATE TABLE saved_views (
    id INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    page VARCHAR NOT NULL,
    query VARCHAR NOT NULL,
    saved_by VARCHAR NOT NULL,
    saved_at TIMESTAMP NOT NULL
);

-- Every figure: from reports and corrections, and from sheets (with their notes).
CREATE VIEW observations AS
SELECT id, batch_id, school_id, indicator_id, year, period_label, period_start, period_end, cadence, value,
       qualifier, is_target, source_kind, document_id, span_start, span_end, evidence, sheet_row, review_status,
       corrects_id, note
FROM report_observations
UNION ALL
SELECT s.id, s.batch_id, s.school_id, s.indicator_id, s.year, NULL::VARCHAR, NULL::SMALLINT, NULL::SMALLINT,
       NULL::VARCHAR, s.value, s.qualifier, false, 'sheet', NULL::INTEGER, NULL::INTEGER, NULL::INTEGER,
       NULL::VARCHAR, s.sheet_row, coalesce(s.review_status, 'confirmed'), NULL::BIGINT, n.note
FROM sheet_values s LEFT JOIN sheet_notes n ON n.id = s.id;

-- One current value per key: the resolved ones, and the sheet figures that are their key's only source.
CREATE VIEW current_facts AS
SELECT school_id, indicator_id, ref_year, cadence, is_target, source_kind, batch_id, value, qualifier, parts,
       first_id, period_label, loaded_at, has_conflict
FROM resolved_facts
UNION ALL
SELECT school_id, indicator_id, year, NULL::VARCHAR, false, 'sheet', batch_id, value, qualifier, 1::BIGINT, id,
       NULL::VARCHAR, loaded_at, false
FROM sheet_values WHERE sole;

-- Figures of committed batches that no review has set aside.
CREATE VIEW live_observations AS
SELECT o.*, coalesce(o.year, o.period_end) AS ref_year, b.created_at AS loaded_at
FROM observations o JOIN batches b ON b.id = o.batch_id
WHERE b.status = 'committed' AND o.review_status NOT IN ('rejected', 'corrected');

CREATE VIEW live_awards AS
SELECT a.* FROM awards a JOIN batches b ON b.id = a.batch_id
WHERE b.status = 'committed' AND a.review_status <> 'rejected';

CREATE VIEW live_documents AS
SELECT d.* FROM documents d JOIN batches b ON b.id = d.batch_id WHERE b.status = 'committed';

-- Candidates of committed reports that no committed decision has settled.
CREATE VIEW open_candidates AS
SELECT c.* FROM candidates c JOIN batches b ON b.id = c.batch_id
WHERE b.status = 'committed' AND NOT EXISTS (
    SELECT 1 FROM candidate_decisions d JOIN batches db ON db.id = d.batch_id
    WHERE d.candidate_id = c.id AND db.status = 'committed');

-- The views source_values (one figure per source and key) and current_values (the winning source
-- per key) are made from etl/current.py's source_values_sql() and current_values_sql(), which the
-- refreshes also run with a filter on the schools a load touched.
