"""The words the extractor knows: general English press-release vocabulary, nothing per article.

Institution head nouns, role titles, agreement nouns and kinds, signing verbs, cooperation
areas, months, and the common Chinese family names that let a name be told apart from the
end of an institution name ("China University of Petroleum Chen Feng"). The slugs on the
right are those of the ontology's controlled vocabularies (``data/README.md``).

>>> ROLE_TITLES["vice president"], AGREEMENT_KINDS["twinning"]
('vice-president', 'twinning')
>>> ROLE_TITLES["vice chancellor and principal"], "Üniversitesi" in FOREIGN_HEADS
('vice-chancellor', True)
>>> "University" in INSTITUTION_HEADS, "Rankings" in NOT_INSTITUTION_AFTER
(True, True)
"""

from __future__ import annotations

# Nouns that end (or start, with "of"/"for") the name of an institution, with the registry
# kind a new institution named so gets.
INSTITUTION_HEADS: dict[str, str] = {
    "University": "university",
    "Polytechnic": "university",
    "College": "university",
    "Institute": "research-institute",
    "Academy": "academy",
    "School": "school",
    "Center": "centre",
    "Centre": "centre",
    "Laboratory": "laboratory",
    "Hospital": "organizational-unit",
    "Faculty": "organizational-unit",
    "Department": "organizational-unit",
    "Directorate": "organizational-unit",
    "Office": "organizational-unit",
    "Ministry": "government-body",
    "Government": "government-body",
    "Commission": "government-body",
    "Council": "government-body",
    "Agency": "government-body",
    "Authority": "government-body",
    "Bureau": "government-body",
    "Superintendency": "government-body",  # "National Superintendency of Higher University Education"
    "Superintendence": "government-body",
    "Alliance": "alliance",
    "Consortium": "alliance",
    "Association": "alliance",
    "Network": "alliance",
    "League": "alliance",
    "Federation": "alliance",
    "Group": "alliance",
    "Union": "alliance",
    "Organization": "alliance",
    "Organisation": "alliance",
    "Corporation": "company",
    "Company": "company",
    "Co.": "company",  # "Samsung Electronics Co.", "Acme Ltd": a company's legal form ends its name
    "Inc.": "company",
    "Ltd": "company",
    "Ltd.": "company",
    "Corp.": "company",
    "GmbH": "company",
    "LLC": "company",
    "PLC": "company",
    "Embassy": "government-body",
    "Consulate": "government-body",
    # heads of other languages: a name may follow them without "of" ("Universidad Pontificia
    # Comillas", "Universität Hamburg"), and a hyphen may join them ("Philipps-Universität")
    "Universität": "university",
    "Universitat": "university",
    "Universidad": "university",
    "Universidade": "university",
    "Università": "university",
    "Université": "university",
    "Universiteit": "university",
    "Universitet": "university",
    "Universitatea": "university",
    "Üniversitesi": "university",
    "Universiti": "university",
    "Universitas": "university",
    "Uniwersytet": "university",
    "Univerzita": "university",
    "Univerzitet": "university",
    "Hochschule": "university",
    "Fachhochschule": "university",
    "Politecnico": "university",
    "Politechnika": "university",
    "Polytechnique": "university",
    "École": "school",
    "Escuela": "school",
    "Scuola": "school",
    "Instituto": "research-institute",
    "Istituto": "research-institute",
    "Institut": "research-institute",
    "Akademie": "academy",
    "Academia": "academy",
    "Akademia": "academy",
    # associations, agencies and councils of universities named in their own language
    # ("Agence universitaire de la Francophonie", "Unión de Universidades de América Latina")
    "Agence": "government-body",
    "Agencia": "government-body",
    "Agência": "government-body",
    "Agenzia": "government-body",
    "Unión": "alliance",
    "União": "alliance",
    "Unione": "alliance",
    "Asociación": "alliance",
    "Associação": "alliance",
    "Associazione": "alliance",
    "Conférence": "alliance",  # of rectors: "Conférence des recteurs des universités ..."
    "Conferencia": "alliance",
    "Conferenza": "alliance",
    "Réseau": "alliance",
    "Rede": "alliance",  # networks and consortia of universities: "Rede de Universidades ...", "Consorcio de Universidades ..."
    "Consorcio": "alliance",
    "Consórcio": "alliance",
    "Consorzio": "alliance",
    "Consejo": "government-body",
    "Conseil": "government-body",
    "Consiglio": "government-body",
}
FOREIGN_HEADS = frozenset(list(INSTITUTION_HEADS)[list(INSTITUTION_HEADS).index("Universität"):])

# Heads of names that are units of what follows "of" ("Research Center of X University").
UNIT_HEADS = frozenset({
    "Institute", "School", "Center", "Centre", "Laboratory", "Faculty", "Department", "Directorate", "Office", "Hospital", "College",
    "Escuela", "École", "Scuola",  # "the Campo Escuela of UNC"
})

# A unit of a university written in small letters after a title, or before one ("the chairman of
# the physics department, X", "head of the KNU department of international cooperation Y",
# "Campus Registrar Z"): no organisation of its own, the title's office.
UNIT_WORDS = frozenset({"department", "laboratory", "lab", "campus", "faculty", "school", "centre", "center", "institute", "division", "office", "unit", "programme", "program"})

# Continents and regions: an owner of a possessive that is not part of a name ("Europe's").
REGIONS = frozenset({
    "Europe", "Africa", "Asia", "America", "Oceania", "Australasia", "Eurasia", "Scandinavia",
    "Balkans", "Caribbean", "Arctic", "Antarctica", "ASEAN", "EU", "BRICS",
})

# Nouns that head a body's name when an acronym is defined for the name ("Regional Universities
# Forum for Capacity Building in Agriculture (Ruforum)", "São Paulo Research Foundation
# (FAPESP)", "Global Engineering Education Exchange (GE3)"); alone they may name an event or a
# programme ("the Tokyo Forum", "a student exchange").
DEFINED_HEADS = frozenset({"Forum", "Foundation", "Exchange", "Society", "Trust"})

# A capitalised word right after an institution head that shows the name goes on into
# something that is not an institution ("QS World University Rankings", "Tsinghua
# University Press").
NOT_INSTITUTION_AFTER = frozenset({
    "Rankings", "Ranking", "Press", "Campus", "Library", "Museum", "Stadium", "Park", "Road",
    "Street", "Station", "Award", "Awards", "Prize", "Cup", "Games", "League", "Journal",
    "Review", "Magazine", "Series", "Forum", "Symposium", "Conference", "Project", "Program",
    "Programme", "Initiative", "Plan", "Fund", "Day", "Week", "Festival", "Summit", "Chambers",
    "Chamber", "Hall", "Room", "Building", "Auditorium", "Lecture", "Lectures", "Prize",
})

# Role titles as written (lower case, hyphens as spaces) → the role slug of the roles
# vocabulary (ontology/vocabularies.ttl), or None for a title that marks a person but has no
# role there.
ROLE_TITLES: dict[str, str | None] = {
    "president": "president",
    "vice president": "vice-president",
    "vp": "vice-president",
    "vc": "vice-chancellor",
    "dvc": "deputy-vice-chancellor",
    "rector": "rector",
    "vice rector": "vice-rector",
    "prorector": "vice-rector",
    "pro rector": "vice-rector",
    "chairman of the board rector": "chairman-rector",
    "chairman of the management board rector": "chairman-rector",
    "chairman rector": "chairman-rector",
    "chancellor": "chancellor",
    "vice chancellor": "vice-chancellor",
    "vice chancellor and principal": "vice-chancellor",
    "deputy vice chancellor": "deputy-vice-chancellor",
    "pro vice chancellor": "deputy",
    "vice principal": "deputy",
    "deputy principal": "deputy",
    "associate vice president": "deputy",
    "deputy": "deputy",
    "director": "director",
    "director general": "director-general",
    "dean": "dean",
    "chairman": "chairman",
    "chairwoman": "chairman",
    "chairperson": "chairman",
    "chair": "chairman",
    "secretary general": "secretary-general",
    "minister": "minister",
    "ambassador": "ambassador",
    "provost": "provost",
    "registrar": "registrar",
    "professor": "professor",
    "head": "head",
    "principal": "head",
    "president and vice chancellor": "vice-chancellor",
    "chief executive officer": None,
    "ceo": None,
    "academician": "academician",
    "honorary professor": "honorary-professor",
    "advisor": "advisor",
    "adviser": "advisor",
    "assistant": "staff-member",
    "officer": "staff-member",
    "manager": "staff-member",
    "coordinator": "staff-member",
    "lecturer": "staff-member",
    "librarian": "staff-member",
    "secretary": None,
    "undersecretary": None,
    "party secretary": None,
    "governor": None,
    "mayor": None,
    "founder": None,
}

# The head nouns of titles (lower case; "vice-chancellor" written with its hyphen), the words
# that qualify them before, and those of them that are everyday words unless capitalised.
TITLE_HEADS = frozenset({
    "president", "rector", "prorector", "chancellor", "provost", "dean", "director", "chairman",
    "chairwoman", "chairperson", "chair", "secretary", "secretary-general", "director-general",
    "minister", "ambassador", "registrar", "principal", "head", "professor", "academician",
    "advisor", "adviser", "founder", "officer", "governor", "mayor", "ceo", "vp", "vc", "dvc", "coordinator", "undersecretary",
    "manager", "assistant", "lecturer", "librarian", "deputy", "executive", "commissioner",
    "attaché", "attache", "counsellor", "counselor",  # an embassy's staff: "the Cultural Attaché of the Embassy of X, Mr Y"
})
CAPITALISED_TITLE_HEADS = frozenset({
    "principal", "officer", "founder", "coordinator", "manager", "assistant", "lecturer",
    "librarian", "deputy", "chair", "secretary", "executive", "commissioner", "attaché", "attache", "counsellor", "counselor",
})
TITLE_MODIFIERS = frozenset({
    "vice", "deputy", "pro", "acting", "interim", "executive", "senior", "associate", "chief",
    "first", "founding", "former", "honorary", "support", "managing", "general", "assistant", "regional",
    "permanent",  # "Permanent Secretary" of a ministry
    "second", "cultural",  # a diplomat's rank and remit: "Second Secretary (Education)", "Cultural Attaché"
})
# Modifiers that do not change the role a title names ("Support Assistant" is an assistant).
BROADENING_MODIFIERS = frozenset({"support", "executive", "senior", "chief", "first", "second", "cultural", "acting", "interim", "managing", "general", "regional"})
# Words that name the domain of an office written between commas or in brackets after its
# title ("Vice-President, International, Professor X", "Vice-Principal (International)").
DOMAIN_WORDS = frozenset({
    "international", "research", "academic", "external", "global", "administration", "finance", "development",
    "education", "innovation", "partnerships", "engagement", "internationalisation", "internationalization",
    "operations", "outreach", "teaching", "learning", "planning", "enterprise", "students", "strategy",
})
TEMPORAL_MODIFIERS = frozenset({"former", "founding", "acting", "interim", "outgoing", "incoming", "late"})

# Agreement nouns (lower case). A noun phrase with one of them is an agreement mention.
AGREEMENT_NOUNS = frozenset({
    "agreement", "agreements", "memorandum", "memoranda", "memorandums", "mou", "mous",
    "moa", "moas", "accord", "accords", "treaty", "protocol", "protocols", "pact", "pacts",
    "arrangement", "arrangements", "deal", "deals",  # "signed a separate deal with B" (not "a great deal": see agreements)
})
# Nouns that only refer back to an agreement already reported ("within the framework of the
# partnership", "the two sides"): they add areas and evidence, never a new agreement.
AGREEMENT_REFERENCES = frozenset({"partnership", "document", "renewal"})  # "The document was signed on 26 September by ..."

# Kind phrases (lower case, matched inside the agreement noun phrase) → agreement kind slug.
AGREEMENT_KINDS: dict[str, str] = {
    "memorandum of understanding": "memorandum-of-understanding",
    "memorandum of cooperation": "memorandum-of-cooperation",
    "memorandum": "memorandum-of-understanding",
    "memoranda": "memorandum-of-understanding",
    "memorandums": "memorandum-of-understanding",
    "mou": "memorandum-of-understanding",
    "mous": "memorandum-of-understanding",
    "twinning": "twinning",
    "three-party": "three-party",
    "tripartite": "three-party",
    "trilateral": "three-party",
    "three-way": "three-party",
    "double-degree": "double-degree",
    "double degree": "double-degree",
    "dual degree": "double-degree",
    "dual-degree": "double-degree",
    "student exchange": "student-exchange",
    "exchange of students": "student-exchange",
    "students exchange": "student-exchange",
    "medical collaboration": "medical-collaboration",
    "medical cooperation": "medical-collaboration",
    "academic cooperation": "academic-cooperation",
    "academic collaboration": "academic-cooperation",
    "cooperation": "cooperation",
    "collaboration": "cooperation",
    "partnership": "cooperation",
    "framework": "cooperation",
}
# Kinds that are one agreement among all the parties named (never split into bilateral ones).
MULTIPARTY_KINDS = frozenset({"three-party"})

# Verbs that sign only with "signature(s)" or "seal(s)" after them: "A and B put their
# signatures to the memorandum", not "put forward a proposal" (agreements._Finder._is_verb).
SIGNATURE_VERBS = frozenset({"put", "puts", "affix", "affixes", "affixed"})

# Verbs (lower case, as written) that report an agreement being made.
SIGNING_VERBS = frozenset({
    "sign", "signs", "signed", "conclude", "concludes", "concluded", "ink", "inks", "inked",
    "renew", "renews", "renewed", "establish", "establishes", "established", "reach",
    "reached", "seal", "sealed", "finalize", "finalized", "finalise", "finalised",
    "entered", "enter", "enters", "extend", "extends", "extended", "signing",
}) | SIGNATURE_VERBS

# Cooperation areas: phrases (lower case, regular expressions) → area slug.
AREA_PHRASES: dict[str, str] = {
    r"doctoral (?:student )?exchange|exchange of doctoral": "doctoral-exchange",
    r"student exchanges?|students? exchanges?|exchange (?:of )?(?:\w+ ){0,3}students|exchange[\w ,]{0,60}\bstudents\b": "student-exchange",
    r"exchange of (?:\w+ ){0,3}staff|staff exchanges?|faculty exchanges?|exchange[\w ,]{0,40}\bstaff\b|faculty and student exchanges?": "staff-exchange",
    r"co-?supervision": "doctoral-co-supervision",
    r"summer schools?": "summer-schools",
    r"diploma programs?|diploma programmes?": "diploma-programmes",
    r"certificate courses?": "certificate-courses",
    r"conferences|symposia|joint conferences?": "conferences",
    r"joint (?:\w+ ){0,3}publications?": "joint-publications",
    r"exchange (?:of )?(?:\w+ ){0,2}publications?|sharing academic publications": "publication-exchange",
    r"recognition of (?:\w+ ){0,2}degrees?": "degree-recognition",
    r"double[- ]degrees?|dual[- ]degrees?": "double-degree",
    r"joint (?:curricular|education|undergraduate|graduate|talent education|degree programs?)": "joint-education",
    r"joint research|research cooperation|research work|collaborative research|joint (?:\w+ ){0,3}researches": "joint-research",
    r"joint lab(?:oratory|oratories|s)?|special laborator(?:y|ies)": "joint-laboratory",
    r"lab(?:oratory)? building": "lab-building",
    r"joint schools?": "joint-school",
    r"innovation cent(?:er|re)s?": "innovation-centre",
    r"industry-academia|industrial-academia|enterprise-academia|industry-university|university-industry|business entities": "industry-academia",
    r"technology transfer|research transfer": "technology-transfer",
    r"talent (?:education|training|cultivation)|training of (?:\w+ ){0,2}specialists": "talent-training",
    r"share (?:\w+ ){0,3}resources|resource sharing": "resource-sharing",
    r"\bmedicine\b|\bmedical\b": "medicine",
    r"biotechnolog(?:y|ies)": "biotechnology",
    r"public health": "public-health",
    r"epidemic (?:control|prevention)": "epidemic-control",
    r"medical big data": "medical-big-data",
    r"medical policy reform": "medical-policy-reform",
    r"international law": "international-law",
    r"remote sensing": "remote-sensing",
}

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "dozen": 12,
}

# All-capital words that are not organisation acronyms.
NOT_ACRONYMS = frozenset({
    "MOU", "MOUS", "MOA", "CEO", "CFO", "CTO", "VP", "PHD", "MBA", "GDP", "COVID", "STEM",
    "AI", "IT", "ICT", "USD", "RMB", "EUR", "ETC", "NB", "PS", "TV", "PR", "OK", "AM", "PM",
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "UTC", "GMT", "FAQ", "PDF",
    "URL", "HTML", "ID", "QR", "BRI", "VC", "DVC", "DNA", "SOURCE",
    "AGM", "EGM",  # an (annual, extraordinary) general meeting: the association's meeting, no organisation
    # the words of a page's masthead or section header, in capitals ("UG NEWS | University of ...")
    "NEWS", "NEWSROOM", "PRESS", "MEDIA", "UPDATE", "UPDATES", "EVENTS", "BLOG", "HOME", "LATEST", "FEATURES",
})

# The last words of a ministry's domain ("Minister of Higher Education and Scientific Research"):
# a minister's title names the ministry.
MINISTRY_DOMAINS = frozenset({
    "Education", "Research", "Science", "Sciences", "Technology", "Technologies", "Training", "Innovation", "Affairs",
    "Health", "Culture", "Labour", "Labor", "Finance", "Economy", "Development", "Industry", "Trade", "Agriculture",
    "Environment", "Energy", "Defence", "Defense", "Justice", "Interior", "Transport", "Communications", "Tourism",
    "Youth", "Sports", "Sport", "Planning", "Investment", "Cooperation", "Relations",
})

# General words of names in other languages, as English writes them (folded, lower case): one
# organisation named in two languages ("Karadeniz Teknik Üniversitesi", "Karadeniz Technical
# University") is one. Heads are compared by kind (INSTITUTION_HEADS).
NAME_WORD_TRANSLATIONS = {
    "teknik": "technical", "technische": "technical", "technischen": "technical", "tecnica": "technical", "tecnico": "technical",
    "technicka": "technical", "techniczny": "technical", "politecnica": "polytechnic", "politeknik": "polytechnic",
    "nacional": "national", "nazionale": "national", "nationale": "national", "narodowy": "national", "ulusal": "national",
    "estadual": "state", "estatal": "state", "statale": "state", "devlet": "state",
    "catolica": "catholic", "cattolica": "catholic", "katholische": "catholic", "catholique": "catholic",
    "libre": "free", "libera": "free", "freie": "free", "autonoma": "autonomous", "autonome": "autonomous",
    "medizinische": "medical", "medica": "medical", "medicale": "medical", "tip": "medical",
    "tecnologico": "technology", "tecnologica": "technology", "technologique": "technology", "technological": "technology",
}
# The little words inside names, written in lower case ("University of X", "Universidad de
# Buenos Aires", "Jan van der Berg" has its own, people.PARTICLES).
NAME_LITTLE_WORDS = frozenset({"of", "for", "and", "&", "the", "de", "di", "del", "della", "degli", "des", "du", "da", "do", "la", "le", "in", "at", "on", "und", "d'", "los", "las", "el", "dos", "das", "der"})
MONTH_WORDS = frozenset(m.capitalize() for m in MONTHS)
# Role titles of one word (lower case), and "vice": not the first word of a name.
TITLE_WORDS = frozenset({t for t in ROLE_TITLES if t.isalpha()} | {"vice"})

# An organisation's governing bodies and the words before them ("the Executive Board", "its
# Governing Council"): no organisation of their own when an organisation is named with them,
# and never a person's name.
BODIES = frozenset({"Council", "Board", "Assembly", "Senate", "Committee", "Conference", "Congress"})
BODY_QUALIFIERS = frozenset({"General", "Executive", "Governing", "Supervisory", "Steering", "Academic", "Annual"})

# Words that start a sentence or a clause but never a name.
NOT_NAME_WORDS = frozenset({
    "The", "A", "An", "At", "In", "On", "Of", "For", "By", "With", "From", "To", "During",
    "After", "Before", "Following", "Since", "As", "And", "But", "Or", "This", "That",
    "These", "Those", "It", "Its", "Their", "His", "Her", "Our", "We", "They", "He", "She",
    "Both", "Each", "All", "Over", "Under", "Together", "Within", "Among", "Between",
    "Afterwards", "Subsequently", "Meanwhile", "Also", "Mr", "Mrs", "Ms", "Dr", "Prof", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.",
    "Welcome", "About", "Looking", "According", "Representatives", "Participants", "Head",
})

# The hundred commonest Chinese family names (pinyin), and common Korean ones: a name that
# starts with one of them, after an institution in "Chancellor of the X University of Y Chen
# Feng", is the person, not the end of the institution's name.
FAMILY_NAMES = frozenset({
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
    "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song",
    "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan",
    "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren",
    "Shen", "Yao", "Jin", "Fu", "Zhong", "Lv", "Cui", "Qiu", "Qin", "Dai", "Xia", "Tan",
    "Fan", "Fang", "Shi", "Hou", "Bai", "Kong", "Qian", "Mao", "Yan", "Xiong", "Meng", "Wan",
    "Duan", "Lei", "Hao", "Long", "Shao", "Chang", "Gu", "Lai", "Wen", "Kang", "Qi", "Yin",
    "Xi", "Mo", "Niu", "Gong", "Hong", "Tao", "Jia", "Wei", "Bao", "Ji", "Xue", "Zou",
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
})
