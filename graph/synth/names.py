"""Names for synthetic organisations and people: plausible, unique labels, acronyms and slugs.

Every function takes the random generator it draws from, so a world is a function of its seed.

>>> slugify("Xi'an Jiaotong University"), slugify("Łódź University of Technology")
('xian-jiaotong-university', 'lodz-university-of-technology')
>>> acronym("Almaty Technical University"), acronym("University of Liverpool")
('ATU', 'UL')
"""

from __future__ import annotations

import random
import re

from ..ascii import to_ascii

FIELDS = (
    "Science and Technology", "Economics", "Finance and Economics", "Foreign Studies",
    "Architecture and Civil Engineering", "Chemical Technology", "Mining", "Petroleum",
    "Aeronautics and Astronautics", "Information Technology", "Posts and Telecommunications",
    "Agriculture", "Medicine", "Pharmacy", "Arts", "Music", "Physical Education", "Transport",
    "Law", "Political Science and Law", "Forestry", "Water Resources", "Electronic Science",
    "Education", "Humanities", "Geosciences", "Traditional Medicine", "Railway Engineering",
    "Marine Sciences", "International Relations", "Tourism", "Textile Technology",
    "Food Technology", "Energy", "Applied Sciences", "Management", "Engineering",
    "Mathematics", "Physics", "Chemistry", "Biology", "Computer Science", "Public Health",
    "Artificial Intelligence", "Environmental Sciences", "Materials Science",
)

_UNIVERSITY_FORMS = (
    "{city} University", "University of {city}", "{city} State University",
    "{city} National University", "{city} Technical University", "{city} Medical University",
    "{city} Normal University", "{city} Polytechnic University", "{city} Pedagogical University",
    "{city} Agricultural University", "{city} University of {field}",
    "{city} University of {field}", "{city} University of {field}",
    "{city} Institute of Technology", "National University of {field} of {country}",
    "{city} State University named after {initial}. {person}", "{person} University",
    "{country} National University",
)
_INSTITUTE_FORMS = (
    "{city} Institute of {field}", "Institute of {field}, Academy of Sciences of {country}",
    "National Research Institute of {field}, {country}", "{city} Research Center for {field}",
)
_ACADEMY_FORMS = (
    "Academy of Sciences of {country}", "Academy of Engineering of {country}",
    "Academy of Agricultural Sciences of {country}", "Academy of Medical Sciences of {country}",
    "{city} Academy of {field}",
)
_COMPANY_FORMS = ("{person} {industry}", "{city} {industry} Group", "{person} {industry} Co., Ltd.")
_INDUSTRIES = (
    "Electronics", "Technologies", "Pharmaceuticals", "Energy", "Motors", "Telecom", "Software",
    "Steel", "Chemicals", "Biotech", "Aerospace", "Semiconductors", "Engineering", "Logistics",
    "Robotics", "Petroleum", "Instruments",
)
_GOVERNMENT_FORMS = (
    "Ministry of Education of {country}", "Ministry of Science and Higher Education of {country}",
    "Ministry of Foreign Affairs of {country}", "Ministry of Health of {country}",
    "{city} Municipal Government", "{city} Education Bureau",
    "{city} Department of Science and Technology",
)
_PARK_FORMS = ("{city} Science Park", "{city} High-Tech Park", "{city} Innovation Harbour",
               "{city} Technopark")
# (form, kinds): a unit of a university; {parent} is the parent's short name
_UNIT_FORMS = (
    ("School of {field}, {parent}", ("school",)),
    ("Faculty of {field}, {parent}", ("organizational-unit",)),
    ("Centre for {field} Studies, {parent}", ("centre",)),
    ("Laboratory of {field}, {parent}", ("laboratory",)),
    ("{parent} Health Science Center", ("organizational-unit",)),
)
_ALLIANCE_FORMS = (
    "University Alliance of the {region}", "{region} Universities Network",
    "Alliance of {field} Universities of the {region}", "{region} University Consortium",
    "Association of {region} Universities",
)
REGIONS = (
    "New Silk Road", "Danube Region", "Baltic Sea", "Pacific Rim", "Eurasian Steppe", "Arctic",
    "Mediterranean", "Caspian Sea", "Mekong Basin", "Andes", "Sahel", "Nordic Countries",
    "Black Sea", "Central Asia", "Gulf", "Alps", "Indian Ocean", "Great Lakes", "Volga Basin",
    "Himalaya", "Yellow River", "Amazon Basin", "Caucasus", "Maghreb", "Balkans",
)

_STOP = frozenset("of the and for named after de la di du".split())

GIVEN = {
    "east-asia": "Wei Li Jun Hong Ying Ming Jing Lei Hui Qiang Yan Liqun Guang Shuguo Xin Yu Tao Fang".split(),
    "korea": "Min-jun Seo-yeon Ji-hoon Hye-jin Sung-ho Young-soo Eun-ji Dong-hyun Jae-won".split(),
    "japan": "Hiroshi Takeshi Yuki Haruto Akiko Kenji Naoko Satoshi Yoko Daisuke".split(),
    "slavic": "Alexander Dmitry Sergey Elena Olga Irina Andrei Nikolai Tatiana Vladimir Natalia Pavel Anna Mikhail".split(),
    "central-asia": "Zhanseit Aigerim Nurlan Dinara Yerlan Aliya Bakhyt Timur Gulnara Askar Rustam Dilnoza Bekzod Madina".split(),
    "south-asia": "Rahul Priya Amit Sunita Imran Ayesha Vikram Anjali Farhan Sanjay Nadia Arjun".split(),
    "arabic": "Ahmed Fatima Omar Layla Youssef Karim Amina Hassan Nour Tarek Samira Khaled".split(),
    "persian": "Ali Maryam Reza Zahra Hossein Parisa Mehdi Shirin Amir Leila".split(),
    "southeast-asia": "Somchai Siti Budi Dewi Anh Minh Nurul Kanya Hafiz Linh".split(),
    "iberian": "Carlos María José Ana Luis Carmen Javier Lucía Diego Sofía Pedro Isabel".split(),
    "western": "James Mary John Anna Thomas Laura Michael Sarah Peter Emma Daniel Julia Martin Claire Marco Giulia Hans Katrin Pierre Sophie Lars Ingrid".split(),
}
FAMILY = {
    "east-asia": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo".split(),
    "korea": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim".split(),
    "japan": "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato".split(),
    "slavic": "Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Pavlov".split(),
    "central-asia": "Tuimebayev Nurpeisov Abenov Karimov Rakhimov Sadykov Bekov Omarov Yusupov Akhmetov Zhakupov Ismoilov".split(),
    "south-asia": "Sharma Gupta Khan Patel Singh Iqbal Reddy Malik Rao Hussain Chaudhry Mehta".split(),
    "arabic": "Benali Haddad Mansour Saleh Nasser Bouzid El-Amin Farouk Hamdi Kaddour Rahman Said".split(),
    "persian": "Hosseini Ahmadi Mohammadi Karimi Rezaei Moradi Jafari Rahimi Sadeghi Mousavi".split(),
    "southeast-asia": "Wongsawat Nguyen Tran Santoso Wijaya Abdullah Pham Chaiyaporn Hidayat Rahman".split(),
    "iberian": "García Rodríguez Martínez López González Pérez Sánchez Romero Silva Santos Fernández Oliveira".split(),
    "western": "Smith Johnson Brown Miller Müller Schmidt Rossi Bianchi Dubois Martin Jansen Virtanen Andersson Novak Kovács Taylor Wilson Clarke Weber Moreau".split(),
}


def _ascii(text: str) -> str:
    """Latin letters as ASCII writes them, anything else left out."""
    return to_ascii(text).encode("ascii", "ignore").decode("ascii")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by ``-`` (accents dropped, apostrophes removed)."""
    ascii_text = _ascii(text)
    ascii_text = ascii_text.replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def acronym(name: str) -> str:
    """The initials of the name's significant words, upper-case."""
    words = re.findall(r"[^\W\d_][\w'-]*", name)
    letters = [w[0] for w in words if w.lower() not in _STOP and w[0].isalpha()]
    return _ascii("".join(letters)).upper()


class Namer:
    """Hands out unique organisation labels and slugs, and people's slugs."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.labels: set[str] = set()
        self.slugs: set[str] = set()

    def _unique_label(self, forms, fill) -> str:
        for _ in range(6):
            label = self.rng.choice(forms).format(**fill())
            if label not in self.labels:
                self.labels.add(label)
                return label
        base, number = label, 2
        while f"{base} No. {number}" in self.labels:
            number += 1
        label = f"{base} No. {number}"
        self.labels.add(label)
        return label

    def organization(self, kind: str, *, country: str, city: str | None, region: str) -> str:
        """A new, unique label for an organisation of ``kind`` ('university', 'company', …);
        people it is named after have family names of the ``region``."""
        rng = self.rng
        forms = {
            "university": _UNIVERSITY_FORMS, "research-institute": _INSTITUTE_FORMS,
            "academy": _ACADEMY_FORMS, "company": _COMPANY_FORMS,
            "government-body": _GOVERNMENT_FORMS, "science-park": _PARK_FORMS,
        }[kind]
        if city is None:  # countries of the long tail have no city in the synthetic world
            forms = tuple(f.replace("{city}", "{country}") for f in forms)
        namesakes = [name for name in FAMILY[region] if "-" not in name]

        def fill():
            return {
                "city": city, "country": country, "field": rng.choice(FIELDS),
                "person": rng.choice(namesakes), "initial": rng.choice("ABDEGIKLMNPRSTVY"),
                "industry": rng.choice(_INDUSTRIES),
            }

        return self._unique_label(forms, fill)

    def unit(self, parent_short: str) -> tuple[str, tuple[str, ...]]:
        """A unique label for a unit of an organisation, and its kinds."""
        form, kinds = self.rng.choice(_UNIT_FORMS)
        label = self._unique_label((form,), lambda: {"field": self.rng.choice(FIELDS), "parent": parent_short})
        return label, kinds

    def alliance(self) -> str:
        return self._unique_label(
            _ALLIANCE_FORMS, lambda: {"region": self.rng.choice(REGIONS), "field": self.rng.choice(FIELDS)}
        )

    def slug(self, *candidates: str) -> str:
        """The first candidate slug not taken yet, else the last one numbered."""
        for candidate in candidates:
            if candidate and candidate not in self.slugs:
                self.slugs.add(candidate)
                return candidate
        base, number = candidates[-1], 2
        while f"{base}-{number}" in self.slugs:
            number += 1
        self.slugs.add(f"{base}-{number}")
        return f"{base}-{number}"

    def person(self, region: str) -> tuple[str, str]:
        """A (given name, family name) typical of a region."""
        return self.rng.choice(GIVEN[region]), self.rng.choice(FAMILY[region])
