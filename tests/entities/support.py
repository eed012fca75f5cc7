"""Helpers of the entity tests: the entities of a text through the tokenizer and the entities stage."""
from pipeline.document import Document
from pipeline.entities import find_entities
from pipeline.kb import knowledge_base
from pipeline.stages.tokenize import tokenize_batch


def entities_of(text: str, lang: str):
    doc = Document("id", "src", text=text, lang=lang)
    tokenize_batch([doc])
    find_entities(doc)
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)
    return doc.entities


def pairs(text, lang):
    return {(e.label, e.text) for e in entities_of(text, lang)}


def kb_id(name):
    return knowledge_base().lookup(name).entity_id


def check_pairs(text, lang, expected, not_expected):
    """The text's (label, surface) pairs hold every expected one and none of the not-expected ones."""
    found = pairs(text, lang)
    assert expected <= found and not (not_expected & found), found
