"""``unikg ingest``: from a new press release to a draft of its facts, or straight into the graph.

One concern per module, in the order the data flows:

- :mod:`.text`: plain text, or the main text of an HTML page, and the page's metadata;
- :mod:`.pipeline`: spaCy (blank English): sentences, and mentions from the registry's names;
- :mod:`.patterns`: token patterns for institutions, acronyms, places and people not yet known;
- :mod:`.linking`: each mention → a registry id, or a new entity flagged for review;
- :mod:`.dates`: dates as precise as the text, "today" read against the day the text states it was written;
- :mod:`.roles`, :mod:`.agreements`: the facts;
- :mod:`.extract`: all of the above for one article;
- :mod:`.draft`: the draft in the curated formats of ``data/README.md``, and as JSON;
- :mod:`.apply`: the draft into the data folder and the graph, atomically;
- :mod:`.evaluate`: leave-one-article-out scores against the curated seed articles;
- :mod:`.lexicon`: the English press-release words all of them use.
"""
