"""The first stages, each one module with one entry function over a document (or a batch):
`ingest` (decoded text, title, doc_id), `langid` (language), `tokenize` (sentences and tokens),
`dates` (dates, ranges, deadlines, the article's date).
"""
