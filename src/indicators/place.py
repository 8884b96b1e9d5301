"""Which place a report is about, from its title or from how it names itself."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from .cleaning import Report
from .numbers import chinese_to_decimal
from .phrases import load_phrases

_LEVELS = "省市县区镇乡旗盟"
_TITLE_PLACE = re.compile(
    rf"([\u4e00-\u9fff]{{1,12}}?(?:自治县|自治州|街道|[{_LEVELS}]))(?:(?:19|20)\d\d年)?"
    rf"(?:人民政府|政府|办事处)工作报告"  # 兴华街道办事处工作报告, 兴华街道2019年政府工作报告
    # 兴华街道2024年工作报告, 兴华街道办事处2023年工作报告: a street's report names no government
    rf"|([\u4e00-\u9fff]{{1,12}}?街道)(?:办事处)?(?:(?:19|20)\d\d年)?工作报告"
    # 中新天津生态城管委会工作报告: a zone's committee reports on the zone
    rf"|([\u4e00-\u9fff]{{2,16}}?)(?:管委会|管理委员会)(?:(?:19|20)\d\d年)?工作报告"
)
_SESSION_PLACE = re.compile(
    rf"在([\u4e00-\u9fff]{{1,12}}?(?:自治县|街道|[{_LEVELS}]))"
    rf"(?:第[一二三四五六七八九十\d]+届|居民议事|居民代表)"
)
_SELF = re.compile(rf"(?:我|全|本)(街道|[{_LEVELS}])")
#: A whole place named by its level (全市, 全省, 全盟): the report's own or a wider one.
WHOLE_PLACE = re.compile(r"全(地区|[国省市州盟县区旗])")
#: A whole place of any level opening a clause (全镇, 全旗, 全街道): of the report or wider.
ANY_WHOLE_PLACE = r"全(?:[镇乡县市区州盟旗]|街道)"
#: The level a place listed with others is named by, printed after the last one only (凤塘、
#: 桃林、新埔街道; not the 村 of 农村 nor of 乡村).
LISTED_PLACE_LEVEL = r"(?:街道|镇|乡|社区|(?<![农乡])村)"
#: A count of places of one kind (12个村, 九个村（社区）, 3个乡镇): the number and the kind.
COUNTED_PLACES = re.compile(
    r"(\d{1,3}|[一二两三四五六七八九十]{1,3})个(村|社区|乡镇|镇|乡|街道|园区)"
)
#: The kinds of place the word of a count covers (村: villages and communities).
PLACE_KINDS = {
    "村": ("村", "社区", "嘎查"),
    "社区": ("社区", "村"),
    "乡镇": ("乡", "镇"),
    "镇": ("镇", "乡", "街道"),
    "乡": ("乡", "镇"),
    "街道": ("街道", "镇"),
    "园区": ("园区", "园"),
}
#: How the name of one village ends (王圩村, 岜泉社区, 巴彦嘎查).
VILLAGE_ENDS = PLACE_KINDS["村"]


def last_count_of_places(words: str) -> tuple[int, tuple[str, ...]] | None:
    """The last count of places of one kind in ``words``: how many, and the ends of their
    names; ``None`` when none is printed.

    Examples
    --------
    >>> last_count_of_places("全镇12个村中，3个村集体经济收入均超过50万元，合计")
    (3, ('村', '社区', '嘎查'))
    >>> last_count_of_places("全县3个乡镇特色农业产值均超过5亿元，合计")
    (3, ('乡', '镇'))
    """
    found = next(reversed(list(COUNTED_PLACES.finditer(words))), None)
    if found is None:
        return None
    number = found.group(1)
    count = int(number) if number.isdigit() else chinese_to_decimal(number)
    if count is None:
        return None
    return int(count), PLACE_KINDS.get(found.group(2), (found.group(2),))


#: The area of a level of place (县域, 镇域): in a report of a higher level, a part of the
#: place (a city's counties, without its districts); the whole place in one of that level.
DOMAIN = re.compile(r"([县乡镇])域")
#: A wider place before the report's own in its title (营州市河西区兴华街道: 兴华街道).
_WIDER_PREFIX = re.compile(
    r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区|市|州|盟|县|区)(?=[\u4e00-\u9fff]{2})"
)
_NOT_NAMES = {"全", "我", "本", "各", "该", "城", "乡", "集", "圩", "市", "县", "区", "镇", "省"}

#: The words of a figure of the place's own level of government (市本级一般公共预算收入),
#: which is a part of the whole place's figure, never a restatement of it.
OWN_LEVEL = "本级"


def detect_place(report: Report) -> str:
    """The place a report is about, or ``""`` when the text does not say.

    The title (``绿水镇人民政府工作报告``) or the session line (``在青山县第十届人民代表大会…``)
    decides when present. Otherwise the report's way of naming itself (``我镇``, ``全县``)
    gives the level, and the most frequent two- or three-character name of that level in
    the text is taken.

    Examples
    --------
    >>> from indicators.cleaning import parse_text
    >>> detect_place(parse_text("青山县人民政府工作报告\\n\\n一、回顾\\n\\n全县增长5%。\\n"))
    '青山县'
    >>> text = "政府工作报告\\n一、回顾\\n我镇在全区八个镇中，石门镇率先增长。石门镇工业增长。\\n"
    >>> detect_place(parse_text(text))
    '石门镇'
    """
    head = " ".join(p.text for p in report.paragraphs[:6])
    for pattern in (_TITLE_PLACE, _SESSION_PLACE):
        m = pattern.search(report.title) or pattern.search(head)
        if m:
            return _own_part(next(g for g in m.groups() if g))
    text = report.text
    levels = Counter(m.group(1) for m in _SELF.finditer(text))
    if not levels:
        return ""
    level = levels.most_common(1)[0][0]
    names: Counter[str] = Counter()
    for m in names_before(text, level):
        name = m.group(1)
        # Trim a leading word that is not part of a name ("全区八个镇" is no place).
        if name[0] in _NOT_NAMES or any(c in "个各些两每几一二三四五六七八九十" for c in name):
            continue
        if name[-1] in "全我本该各":  # 上年全镇: the words before 全镇, no name
            continue
        if (name + level).endswith(_PARTS_OF_A_DISTRICT):
            continue  # 临港片区 in a district's report: a part of it, not the district
        names[name + level] += 1
    if not names:
        return ""
    return names.most_common(1)[0][0]


#: Ends of names of a district's parts that no report is the report of (临港片区, 工业园区).
_PARTS_OF_A_DISTRICT = ("片区", "园区", "城区", "景区", "社区", "小区", "港区", "街区", "功能区")


def _own_part(name: str) -> str:
    """The last place of a name that holds the wider places around it (营州市河西区兴华街道:
    兴华街道; 青山县: 青山县; 河西区: 河西区).

    Examples
    --------
    >>> [_own_part(n) for n in ("营州市河西区兴华街道", "青山县", "临川市东乡区", "市中区")]
    ['兴华街道', '青山县', '东乡区', '市中区']
    """
    while True:
        wider = _WIDER_PREFIX.match(name)
        rest = name[wider.end() :] if wider else ""
        if not rest or len(rest) < 3 or not rest.endswith(("街道", "自治县", *_LEVELS)):
            return name
        name = rest


def place_level(report: Report) -> str:
    """The level of the place a report is about (``县``, ``区``, ``镇``, ``街道`` …), or ``""``.

    From the place's name when :func:`detect_place` finds one, else from how the report names
    itself (``我区``, ``全区``).

    Examples
    --------
    >>> from indicators.cleaning import parse_text
    >>> place_level(parse_text("江滨区人民政府工作报告\\n\\n一、回顾\\n\\n全区增长5%。\\n"))
    '区'
    >>> place_level(parse_text("政府工作报告\\n\\n一、回顾\\n\\n全县增长5%，我县进位。\\n"))
    '县'
    """
    place = detect_place(report)
    if place.endswith("街道"):
        return "街道"
    if place and place[-1] in _LEVELS:
        return place[-1]
    levels = Counter(m.group(1) for m in _SELF.finditer(report.text))
    return levels.most_common(1)[0][0] if levels else ""


def fiscal_level(report: Report) -> str:
    """The level whose figures named ``L级`` (区级税收) are the report's own.

    A place's own level (区 for a district), except for a street (街道), which has no budget
    of its own: unless it names 街道级 figures, its 区级 (or 县级, 市级) tax is what it collects
    for the place above it, and its own. That place is the one its title names before it, else
    the wider whole place its text names most (全区), else a district.

    Examples
    --------
    >>> from indicators.cleaning import parse_text
    >>> fiscal_level(parse_text("营州市河西区兴华街道办事处工作报告\\n\\n全区增长5%。\\n"))
    '区'
    >>> fiscal_level(parse_text("兴华街道办事处工作报告\\n\\n街道级税收3.8亿元，全区增长5%。\\n"))
    '街道'
    >>> fiscal_level(parse_text("青山县人民政府工作报告\\n\\n全县增长5%。\\n"))
    '县'
    """
    level = place_level(report)
    if level != "街道" or "街道级" in report.text:
        return level
    title = _TITLE_PLACE.search(report.title)
    above = _LEVEL_BEFORE_STREET.search(title.group(1) or title.group(2)) if title else None
    if above is not None:
        return above.group(1)
    wider = Counter(m.group(1) for m in _WIDER_WHOLE.finditer(report.text))
    return wider.most_common(1)[0][0] if wider else "区"


#: The place a street is in, named before it in its report's title (河西区兴华街道: 区).
_LEVEL_BEFORE_STREET = re.compile(r"([区县市])[^区县市]{2,6}街道$")
#: The whole places a street's text names, of the levels a street can be in (全区).
_WIDER_WHOLE = re.compile(r"全([区县市])")


@lru_cache(maxsize=16)
def _name_pattern(level: str) -> re.Pattern[str]:
    return re.compile(rf"([\u4e00-\u9fff]{{2,3}}){re.escape(level)}")


def names_before(text: str, level: str) -> Iterator[re.Match[str]]:
    """The matches of ``([CJK]{2,3})level`` in ``text``, as :func:`re.finditer` gives them.

    A match ends at an occurrence of ``level``, so only the few characters before each
    occurrence are searched, rather than every character of the report (the pattern starts
    with a class of thousands of characters, which the engine would try everywhere).

    Examples
    --------
    >>> [m.group(1) for m in names_before("我镇与石门镇、青山镇交界，全镇", "镇")]
    ['与石门', '青山']
    """
    pattern = _name_pattern(level)
    start = end = -1
    at = text.find(level)
    while at >= 0:
        lo, hi = max(0, at - 3), at + len(level)
        if lo > end:  # a new stretch: search the previous one
            if end > start:
                yield from pattern.finditer(text, start, end)
            start = lo
        end = hi
        at = text.find(level, at + 1)
    if end > start:
        yield from pattern.finditer(text, start, end)


#: The rank of each level of place, widest first (a 区 of a city is inside the 市). A 州 or a
#: 盟 is of a prefecture's level: a 市 whose report names one is a county-level city in it.
_RANKS = {"国": 0, "省": 1, "州": 1.5, "盟": 1.5, "地区": 1.5, "市": 2, "县": 3, "区": 3, "旗": 3}
_RANKS |= {"镇": 4, "乡": 4, "街道": 4, "村": 5}


def wider_than(level: str, own: str) -> bool:
    """Whether a place of ``level`` (全市: ``市``) contains the report's own place, of level
    ``own``; ``False`` when either level is unknown.

    Examples
    --------
    >>> wider_than("市", "区"), wider_than("市", "市"), wider_than("县", "街道")
    (True, False, True)
    >>> wider_than("市", "")
    False

    In a county's (a banner's, a league's) report, 全区 is an autonomous region (广西, 宁夏 …):
    no peer district is named so.

    >>> wider_than("区", "县"), wider_than("区", "区")
    (True, False)
    """
    if level == "区" and own in _UNDER_REGIONS:
        return True
    return level in _RANKS and own in _RANKS and _RANKS[level] < _RANKS[own]


#: Levels of place whose report calls the autonomous region it lies in 全区 (not 市: a city
#: may name one of its districts so).
_UNDER_REGIONS = ("县", "旗", "州", "盟", "地区")


def is_part_of_place(scope: str) -> bool:
    """Whether a claim's scope names a part of the place (a park, a zone, a village, the own
    level of its government: 市本级), whose figures are never the place's own.

    Examples
    --------
    >>> is_part_of_place("工业园区"), is_part_of_place("此总产值为45家规上企业产值总和")
    (True, False)
    >>> is_part_of_place("市本级")
    True
    """
    ph = load_phrases()
    return bool(scope) and (
        any(area in scope for area in ph.sub_areas)
        or ph.sub_place_re.match(scope) is not None
        or ph.port_re.match(scope) is not None  # 濂州港: one port's
        or scope.endswith(OWN_LEVEL)
        or ph.sub_period_re.search(scope) is not None  # 截至12月20日: a part of the year
        or DOMAIN.fullmatch(scope) is not None  # 县域, as the scope of a city's figure
    )
