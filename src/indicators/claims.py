"""Turn the quantities of a report into claims: what, when, how much, and where it is printed.

For every paragraph, :func:`extract_claims` reads the mentions found by
:mod:`indicators.mentions` in order and decides, for each:

* its subject: a vocabulary wording before it in its clause, the noun after a measure word
  (``45家规上企业``), or the subject carried from the figure before it (``由41间增加到52间``);
* what a growth belongs to: a growth whose clause has no subject of its own belongs to the last
  figure before it outside parentheticals (``税收收入为6.3亿元（本级…），同比增加5.12%``);
  one with its own subject is a claim of its own, with no value (``重点项目投资…增长42.6%``);
* its period and kind (:mod:`indicators.periods`), qualifiers and scope (a parenthetical that
  narrows it);
* the total it is a part of: after 其中, by the vocabulary (本级税收收入 is part of 税收收入),
  or after a counted total (``共排查44项，已完成39项，正在整改5项``);
* links: the earlier value of a change, the other end of a range, the rate a change in points
  refers to, the first component of a structure.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, cached_property, lru_cache
from typing import NamedTuple

from .claim_changes import ChangeReading
from .claim_index import ClaimIndex
from .claim_parents import ParentReading
from .claim_year_parts import YearPartsReading
from .cleaning import Paragraph, Report
from .headings import heading_level, years_in
from .layout import PLACE_ALTERNATIVE, Layout, any_between
from .mentions import TENTHS_QUALIFIER, Mention, find_mentions, scan
from .numbers import (
    chinese_to_decimal,
    multiple_to_percent,
    negate,
    tenths_to_percent,
    times_to_percent,
)
from .periods import (
    RATE_WORDS,
    Anchor,
    PeriodFinder,
    carried_span,
    format_period,
    heading_span,
    period_months,
)
from .phrases import alternation, any_word, load_phrases, sum_words, whole_place_share_after
from .place import (
    ANY_WHOLE_PLACE,
    DOMAIN,
    LISTED_PLACE_LEVEL,
    OWN_LEVEL,
    VILLAGE_ENDS,
    WHOLE_PLACE,
    detect_place,
    fiscal_level,
    is_part_of_place,
    place_level,
    wider_than,
)
from .printed import is_average
from .quantities import GROUP_SUM, MARKET
from .respectively import Respective, respective_subjects
from .subjects import (
    Wording,
    clean_name,
    fits,
    following_noun,
    levels_listed_end,
    listed_wordings,
    own_level_indicator,
    plain_name,
    vocabulary,
    wholes_of,
    wording_indicator,
    wordings_in,
)
from .units import load_units, unit_family

_DIGITS = re.compile(r"[\d.：:]+")
#: Longest parenthetical (brackets included) read as the scope of the figure it follows.
#: Real ones are short (``（含本级）``, ``（此总产值为…产值总和）``); a longer one, such as a
#: bracket never closed that runs to the end of a long paragraph, is not a scope, and reading
#: it for figures would make extraction quadratic in the length of the paragraph.
SCOPE_MAX_CHARS = 500
#: A clause that opens with a whole place (同期全省城镇和农村…): its subjects are that place's.
_WIDER_OPENING = re.compile(r"\s*(?:同期|同时|而|但)?(全(地区|[国省市州盟县区旗]))")
#: How far back in its sentence a clause of a wider place is looked for.
_WIDER_BACK_CHARS = 240
#: A clause that opens with a wider whole place and a figure of its own (，全区完成…).
_WIDER_CLAUSE = re.compile(r"[，,；;：:]\s*(?:同期|同时|而)?(全(地区|[国省市州盟县区旗]))")
#: A sentence that opens by looking at a whole place (从全盟看，…).
_SEEN_FROM = re.compile(r"\s*(?:从|就)(全(地区|[国省市州盟县区旗]))(?:范围|层面)?(?:来)?看[，,]")
#: What may stand before such a place (同期全省…, （全区…, 高于全省…, 在全国…的情况下).
_WIDER_LEAD = re.compile(r"[\s（(，,]|同期|而|但|与此同时|其中|[高低快慢]于|在")
#: A clause of a wider place's growth with no subject of its own (同期全省增长9.5%).
_WIDER_GROWTH = re.compile(
    r"\s*(?:同期|同时|而|但)?(全(地区|[国省市州盟县区旗]))(?:同比|比上年)?(?:增长|下降|增速为?|增幅为?)"
)
#: How far after a figure its comparison with the whole place is looked for (bounded: linear
#: on any text).
_BESIDE_REACH = 40
#: A comparison of a figure with the whole place (高于全县平均水平, 比全县高, 全县平均).
_BESIDE_WHOLE_PLACE = re.compile(r"(?:[高低快慢]于|比|较|超过)全(?:地区|[省市州盟县区旗镇乡])")
#: A clause of cause after the subject that opens an item (商务服务业受部分企业迁出影响).
_CAUSE = re.compile(r"(?:受|由于|因)[^，,。；;]{1,16}(?:影响|冲击)(?:较大|较重|明显|严重)?$")
#: How far back in its clause the name of a structure (三次产业结构为 a:b:c) is looked for.
#: Real names sit right before the figures; without a bound, a clause of endless
#: structures would be read again for each of them.
STRUCTURE_NAME_MAX_CHARS = 200
#: The growth basis of an average annual growth (年均增长, 年平均增长, 两年平均增长 …), after
#: the years it runs over when they are known (``2016..2020年均``).
AVERAGE_BASIS = "年均"
#: A growth's basis that names the year it compares with (比2015年).
_BASIS_YEAR = re.compile(r"比(\d{4})年")
#: How many characters before a figure are read for the words of a bound each member of a
#: group reaches (所有行政村集体经济收入稳定在).
_EACH_BOUND_CHARS = 20
#: Words of a plan inside the name of its figure (省市重点项目年度计划投资): without them the
#: name is of the measure planned.
_PLAN_WORDS_IN_NAME = ("年度计划", "全年计划", "年度目标", "全年目标", "计划")
#: The words of a clause that count what the subject before it has (拥有规上企业63家).
_HAVING = ("拥有", "有", "聚集", "集聚", "汇聚")
#: The opening of a sentence that compares with a level of a year printed (与2020年的), and
#: the words that close it (相比，).
_COMPARED_OPENING = re.compile(r"(?:与|同)(?:19|20)\d\d年(?:底|末)?的")
_COMPARED_CLOSE = ("相比，", "相比,", "比，", "比,")
#: The basis of a change over a year printed, as read (较2020年, 比2020年, 与2020年相比).
_PRINTED_BASIS_YEAR = re.compile(r"(?:比|较|与)((?:19|20)\d\d)年(?:相比|比)?")
#: What stands between a change and a growth that states it as a rate (…1.78亿斤，增长8.7%).
_CHANGE_THEN_GROWTH = ("，", ",", "、")


@lru_cache(maxsize=1024)
def _printed_in(text: str, words: str) -> bool:
    """Whether ``words`` are printed in ``text`` (a report's, read once per wording)."""
    return words in text


class _Subject(NamedTuple):
    indicator: str
    name: str
    start: int
    end: int


@dataclass(slots=True)
class Claim:
    """One quantitative claim (see :data:`indicators.claims_table.COLUMNS`)."""

    indicator: str = ""
    name: str = ""
    parent: str = ""
    period: str = ""
    kind: str = "actual"
    value: str = ""
    unit: str = ""
    growth_pct: str = ""
    growth_basis: str = ""
    qualifier: str = ""
    scope: str = ""
    section: str = ""
    line: int = 0
    quote: str = ""
    claim_id: str = ""
    paragraph: int = 0
    measure: str = "level"
    parent_id: str = ""
    linked_to: str = ""
    link: str = ""
    value_line: int | None = None
    growth_line: int | None = None
    growth_qualifier: str = ""
    base: str = ""
    location: str = ""  # the label of ``line`` in the report (第 12 行, 表 2 第 3 行第 2 列)
    # Working state, not output.
    start: int = field(default=0, repr=False)
    end: int = field(default=0, repr=False)
    name_start: int = field(default=-1, repr=False)
    depth_paren: tuple[int, int] | None = field(default=None, repr=False)
    year: int | None = field(default=None, repr=False)
    first_year: int | None = field(default=None, repr=False)  # of a span of years
    months: tuple[int, int] | None = field(default=None, repr=False)
    quals: list[str] = field(default_factory=list, repr=False)
    mention: Mention | None = field(default=None, repr=False)


def extract_claims(report: Report) -> list[Claim]:
    """Every quantitative claim of a cleaned report, in reading order.

    Parameters
    ----------
    report
        A report from :func:`indicators.load_report` or :func:`indicators.parse_text`.

    Returns
    -------
    list of Claim

    Examples
    --------
    >>> from indicators import parse_text
    >>> r = parse_text("一、2020年工作回顾\\n\\n全年完成社会总产值12.5亿元，同比增长7%。\\n")
    >>> [(c.indicator, c.period, c.kind, c.value, c.unit, c.growth_pct, c.line)
    ...  for c in extract_claims(r)]
    [('社会总产值', '2020', 'actual', '12.5', '亿元', '7', 3)]
    """
    from .row_claims import row_claims  # a table row reads differently (imports Claim)

    claims: list[Claim] = []
    own_place = cache(lambda: detect_place(report))  # read only if a place is named in a clause
    own_level = cache(lambda: place_level(report))  # read only if a name starts with L级
    own_tier = cache(lambda: fiscal_level(report))
    carried: Anchor | None = None  # a span of years paragraphs go on about (这五年，…)
    section_span: Anchor | None = None  # the span a section's heading names (过去五年工作回顾)
    for paragraph in report.paragraphs:
        if paragraph.kind == "title":
            continue
        if paragraph.kind == "heading" and (
            heading_level(paragraph.text) in (None, 1) or years_in(paragraph.text)
        ):  # （二）2021年主要工作: that year's, no longer the span's
            section_span = heading_span(paragraph, report)
        row = row_claims(paragraph, report)
        if row is None:
            carried = carried or (section_span if paragraph.kind == "body" else None)
            reader = _ParagraphReader(paragraph, report, own_place, own_level, own_tier, carried)
            row = reader.read()
            if reader.periods is not None:
                carried = reader.periods.span_going_on()
                if reader.periods.names_now():
                    section_span = None  # 过去一年，…: the section goes on about that year
            else:
                carried = carried_span(paragraph, report, carried)
        else:
            carried = None
        for c in row:
            c.location = report.locate(c.line) if 1 <= c.line <= len(report.raw_lines) else ""
        claims.extend(row)
    return claims


#: The longest name an item may print for the indicator an item before it names in full
#: (收入 after 集体经济收入), and how many figures back such an item is looked for.
_BARE_ITEM_NAME = 2
_ITEMS_BACK = 24

#: A part of the place ranked within the whole (是全镇…第一大村, 居全县首位): the whole
#: named there is no subject of the figures after it.
_RANKED_IN = ("是", "为", "居", "位居", "位列", "成为")
_RANK_WORD = re.compile(r"第[一二三1-3]|首位|前列|之首|最大|最多|最高")
_RANK_REACH = 16

#: The longest name of one village whose sentence is about it alone (王圩村发展稻虾…，…).
_VILLAGE_MAX = 5


def _average_to(host: Claim, year: int | None, months: tuple[int, int] | None) -> bool:
    """Whether a figure of ``year`` is the level an average growth with no figure of its own
    runs to: a whole year later than the growth's (年均增长6%，到2030年达到398亿元), or the last
    year of the span it runs over (今后五年…年均增长6%左右，到2030年达到397亿元左右)."""
    if host.value or not is_average(host.growth_basis) or months is not None:
        return False
    if host.months is not None or year is None or host.year is None:
        return False
    if host.first_year is not None:  # “十三五”期间…年均增长8.5%，2021年达到…: not past its span
        return year == host.year
    return year > host.year


#: A level held for years right before a figure (连续十年稳定在100万吨以上, 连续5年保持在): the
#: number of years.
_HELD_FOR_YEARS = re.compile(
    r"连续([一二三四五六七八九十两]+|\d+)年(?:稳定在|保持在|稳居|超过|达到|在)$"
)
#: The marks between two figures of one list (9.3%、8.1%和7.6%).
_FIGURE_LIST_MARKS = frozenset({"、", "和", "及", "与"})
#: Words of a kind of tourism right before a wording (边境游接待游客, 乡村旅游接待游客): its
#: figure is that kind's, never all the place's visitors.
_KINDS_OF_TOURISM = ("游", "旅游")
#: Words of an industrial chain or cluster right before a wording (产业链规上企业): its figure
#: is the chain's, never the whole place's.
_CHAIN_HEADS = ("产业链", "产业集群", "产业链上")
#: Words after 与 or 同 that make them a basis or a time, no trade partner (与上年相比, 同期).
_NO_PARTNER = re.compile(r"^.(?:上年|去年|往年|同期|此|\d)|相比|比较")
#: Words before 非 that make it Africa (对非进出口, 中非合作), not "other than" (其中非…).
_AFRICA_BEFORE = re.compile(r"(?:对|(?<!其)中)$")
#: How far before a figure's name a sum of a counted group is looked for (上述五个行业合计).
_GROUP_SUM_CHARS = 24
#: What may close a clause of a holiday alone (春节黄金周期间，).
_HOLIDAY_CLAUSE_END = re.compile(r"(?:期间|当天|里)?[，,]")
#: An industry opening a sentence before a verb of doing (白酒产业完成产值…).
_INDUSTRY_OPENING = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:产业|行业))(?:完成|实现)")
#: Characters that end a place's name and may also begin a wording (新塘村集体经济收入).
_LEVEL_CHARS = frozenset("村乡镇")

#: The words of a kind or a place that opens an item of a breakdown (金融业, 东部片区): short,
#: with no figure and no clause of their own, and not opened by 的, 由, 从 or 在.
_KIND_OF_BREAKDOWN = re.compile(r"[^\d，,；;、的由从在]{2,10}")
#: 其中 or a stance word opening the words before a name (其中对东盟进出口, 力争对东盟进出口:
#: the market after it).
_OF_WHICH_LEAD = re.compile(r"^(?:其中[，,：:]?|力争|确保|争取|预计)")
#: Words that may lead a named part of the place (其中新塘村…, 分乡镇看，青山乡…).
_PLACE_LEAD = re.compile(r"^(?:其中|分乡镇看)[，,]?")
#: The same words, matched where an item starts.
_LEAD_WORDS = re.compile(r"(?:其中|分乡镇看)[，,]")
#: The longest opening of a sentence read as a part of the place (其中五个县（市、区）…).
_PLACE_MAX_CHARS = 24


@cache
def _wider_time() -> re.Pattern[str]:
    """Times wider than a holiday (全年, 今年以来, 1—10月): after one, a figure is no longer
    the holiday's."""
    words = alternation(load_phrases().wider_than_holiday or ["(?!)"])
    return re.compile(rf"{words}|\d{{1,2}}\s*[-—–至]\s*\d{{1,2}}\s*月")


#: The whole of a share of a place, printed before the share (占全市规上工业产值4703.40亿元的
#: 31.6%): the place, its level, and the words of the whole before its figure.
_WIDER_WHOLE = re.compile(r"占(全([国省市州盟县区旗]))[^，,。；;、（(]{0,24}$")
_SHARE_AFTER = re.compile(r"的(?:比重|比例)?(?:为|达到|达|是)?\d")


@cache
def _area_opening(least: int = 2) -> re.Pattern[str]:
    """A named part of the place that opens a sentence (鹤洲创意园入驻企业…, 商贸城入驻商户…):
    at least ``least`` characters of its name, then a word for such a part (``sub_areas``)."""
    ph = load_phrases()
    areas = alternation(list(ph.sub_areas) or ["(?!)"])
    verbs = alternation(list(ph.action_openers) or ["(?!)"])  # 聚焦中心工作: no place
    return re.compile(rf"^(?!{verbs})(?:(?![全我本该各])[\u4e00-\u9fff]){{{least},4}}?(?:{areas})")


@cache
def _rate_over_owner() -> re.Pattern[str]:
    """The time whose growth a comparison with an earlier period is of (全年比, 全年增速分别比)."""
    parts = load_phrases().period_part_re.pattern
    return re.compile(rf"(?P<own>全年|{parts})(?:{'|'.join(RATE_WORDS)})?(?:分别)?(?:比|较)")


#: Verbs of a change in points of a fall (降幅收窄, 扩大): the rate they change is 降幅.
_FALL_VERBS = frozenset({"收窄", "扩大"})

#: How far before a change in points its rate word and periods are looked for, and how many
#: figures before it the growth of the time it names.
_RATE_OVER_CHARS = 60
_RATES_BACK = 8


def _parts_of_year() -> str:
    """The parts of the year of the vocabulary and month ranges (1—9月), as one alternation."""
    parts = load_phrases().period_part_re.pattern
    return rf"(?:{parts}|\d{{1,2}}\s*[-—–至~]\s*\d{{1,2}}\s*月份?)"


@cache
def _rate_time_opening() -> re.Pattern[str]:
    """A time opening a clause before the subject of a rate compared (全年出口增速比一季度…)."""
    return re.compile(rf"(全年|{_parts_of_year()})(?=[\u4e00-\u9fff]{{2}})")


@cache
def _compared_part() -> re.Pattern[str]:
    """A part of the year a growth is compared with, right before brackets (比上半年（下降
    8.8%）)."""
    return re.compile(rf"[比较]({_parts_of_year()})$")


@cache
def _doing_class() -> re.Pattern[str]:
    """A relative clause of what some of a group have or do, right before the group's name
    (有研发机构的规上工业企业113家, 开展技术改造的…): a class of them, not all of them."""
    verbs = alternation(["有", *load_phrases().subset_verbs])
    return re.compile(rf"(?:{verbs})[^，,。；;的\d]{{1,12}}的$")


@cache
def _periods_listed() -> re.Pattern[str]:
    """Parts of the year listed before 分别, opening a sentence (一季度、上半年、前三季度
    分别增长…)."""
    parts = load_phrases().period_part_re.pattern
    return re.compile(rf"(?:{parts})(?:[、和](?:{parts}))+分别")


@cache
def _rate_over() -> re.Pattern[str]:
    """A growth rate compared with that of earlier parts of the year (降幅比一季度、上半年分别,
    增速较1—9月), up to a rate printed for it (的42.5%, （下降8.8%）)."""
    parts = load_phrases().period_part_re.pattern
    when = _parts_of_year()
    return re.compile(
        rf"(?P<own>全年|{parts})?(?P<word>{'|'.join(RATE_WORDS)})?(?P<each>分别)?(?:比|较)"
        rf"(?P<when>{when}(?:[、和及]{when})*)"
        r"(?:的(?:下降|增长)?[\d.]+%|[（(][^（）()]{1,12}[）)])?(?:分别)?[^，,。；;：:\d]{0,4}$"
    )


#: The growth of a part of the year a rate is compared with, printed with its verb right
#: before a figure (增速比一季度的下降12.6%提高20.9个百分点).
_SIGNED_RATE_OF_PERIOD = ("的下降", "的增长")

#: A change of an amount right after the level compared with (…的917.40亿元多出181.23亿元,
#: 增加14.69亿元): not a second growth rate.
_CHANGE_AFTER = re.compile(
    r"(?:增加|减少|多出|多收|少收|增收|减收|多|少)了?\d[\d.]*(?![\d.]*(?:%|个百分点))"
)

#: How many words for the place itself after a part of it are looked past (全村…，全村…).
_WHOLE_PLACE_LOOK = 8
#: Words for the whole place (全乡, 全县, 我镇): after a part of it, the figures are its own.
_WHOLE_PLACE_WORD = re.compile(r"(?:全|我|本)[省市县区镇乡村街州旗盟]")


def _alike(words: str, indicator: str, c: Claim) -> bool:
    """Whether the subject ``words`` (of ``indicator``) and the figure ``c`` may name one
    thing: the same indicator, or one name holds the other (发明专利授权量 and 专利授权量 do
    not: the first is a part)."""
    if indicator and c.indicator == indicator:
        return True  # 规上工业增加值32.6亿元，规模以上工业增加值比上年的30.2亿元
    words, name = plain_name(words), plain_name(c.name)  # 旅游收入 and 旅游总收入
    return bool(name) and (words in name or name.endswith(words) or words.endswith(name))


def _near(a: str, b: str) -> bool:
    """Whether two printed figures are within a factor of two of each other."""
    try:
        x, y = Decimal(a), Decimal(b)
    except ArithmeticError:  # InvalidOperation for a range or an empty value
        return False
    return y > 0 and y / 2 <= x <= y * 2


#: How far around a figure a cause that holds it is looked for (受两家陶瓷企业关停搬迁影响).
_CAUSE_REACH = 24


@cache
def _base_clause_tail() -> re.Pattern[str]:
    """What follows the figure of a base up to the next clause (的基础上，; 为基数，)."""
    words = alternation(load_phrases().base_figure_words)
    return re.compile(rf"(?:的)?(?:基础上|为(?:{words}))[，,]")


def _without_new_word(name: str) -> str:
    """``新建5G基站`` -> ``5G基站``: the name of all of them, not of the new ones."""
    for word in load_phrases().new_words:
        if name.startswith(word) and len(name) > len(word):
            return name[len(word) :]
    return name


#: The words of a bracketed figure of the year before (（上年同期为95.8%）) or of a year
#: printed (（2020年为162.38亿元）).
_LAST_YEAR = re.compile(
    r"(?:上年同期|去年同期|上年|去年|(?P<year>(?:19|20)\d\d)年(?:同期)?)(?:为|是)?"
)
#: How many figures back a level in the unit of a base in brackets is looked for.
_UNIT_BACK = 4
#: What is left of the words before a growth over a printed year (比2019年): no name.
_COMPARING_WORDS = frozenset({"比", "较", "继"})
#: How many claims back the figure a wider place's growth in brackets compares is looked for.
_WIDER_BACK = 8
#: How many figures back the growth of a subject a wider growth in brackets names is looked for
#: in the sentence before (past its parts and their structure).
_NAMED_GROWTH_BACK = 24
#: The words of a figure in brackets that restate the one before in another unit (折合).
_CONVERTED = re.compile(r"(?:折合|约合|合|折)(?:人民币|美元)?约?")

#: The most characters before a list of parts of the year opening its sentence (分季度看，
#: 一至四季度分别…), and how many figures back the year's total is looked for.
_QUARTERS_OPENING_CHARS = 28
_YEAR_TOTAL_BACK = 8
#: A year opening a clause before the base it compares with (2020年比2015年的6.85亿元…).
_YEAR_BEFORE_BASE = re.compile(r"((?:19|20)\d\d)年(?=比|较|与)")
#: How many claims back the level of a year a clause names is looked for.
_DATED_LEVEL_BACK = 8
#: Words of a sentence that say the years its growths run over (比2016年, 今后四年).
_OWN_SPAN = re.compile(r"比(?:19|20)\d\d年|(?:今后|未来|后|前)[两三四五]年")
#: How far before a figure the words that make it a count of new ones are looked for.
_NEW_VERB_CHARS = 8
#: Words right after a figure that make it a target (年初确定的60万元目标).
_TARGET_AFTER = ("目标", "的目标", "的年度目标", "年度目标")

#: The year of a base compared with (比2020年的…: 2020).
_YEAR_IN_BASE = re.compile(r"(?:19|20)\d\d")
_MONTH_OF_BASE = re.compile(r"(\d{1,2})月")
#: What ends the words of a class right before a wording (…10万元以上的规上工业企业86家).
_CLASS_BEFORE = ("以上的", "以下的", "以内的")
#: Ends of a name that make a figure a plan (收购计划, 种植计划) when a progress rate follows it.
_TARGET_ENDS = ("计划", "任务", "目标")
#: A goal named by who set it alone (规划确定的目标, 年初确定的目标任务): the goal of the figure
#: before it.
_SET_GOAL = re.compile(
    r"(?:规划|年初|上级|省|市|县|区|镇|乡)?(?:确定|下达|提出|设定)的(?:目标|目标任务|任务)"
)
#: Words of a plan that open the name of its measure (年度计划投资, 全年目标产值).
_PLAN_OPENINGS = ("年度计划", "全年计划", "年度目标", "全年目标", "计划")
_PROGRESS_AFTER = re.compile(r"的\d+(?:\.\d+)?%")
#: The name of a figure that says how many more than last year (比上年多改造8个): a change.
_MORE_THAN_LAST = re.compile(r"(?:比|较)(?:上年|去年)(?:同期)?多")
#: A count of things opening a sentence as the set its figures are among (127家规上工业企业中，…).
_AMONG = re.compile(
    rf"(?:在)?(?:{ANY_WHOLE_PLACE})?"  # (全旗68个嘎查村中，…: the whole place's)
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:家|个|户|人|所|名)([^，,。；;\d]{2,12}?)中[，,：:]"
)
#: A place's count among the wider place's (全区266家总部企业中辖区占103家, 在全市1250家规上
#: 工业企业中，我镇有86家): the whole (``n``) and what the place after 中 holds (the figure after).
_PLACE_AMONG = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)(?P<u>家|个|户|所|名|项|座)(?P<x>[^，,。；;\d中]{2,12})中[，,]?"
    r"(?P<place>[^，,。；;\d]{0,6}?)(?:占|有)(?=\d)"
)
#: A year opening the words before a figure (2022年达到1268.7亿元).
_YEAR_OPENING = re.compile(r"(?:19|20)\d\d年(?:底|末)?")
#: A span of years opening the words before the earlier end of a change (2013年以来由…).
_SPAN_LEAD = re.compile(r"^(?:(?:19|20)\d\d年以来|[二三四五六七八九十两]年来)[，,]?")
#: Words before the earlier end of a change that name only when it was (由2018年的, 从上年末的).
_ORIGIN_ONLY = re.compile(r"[由从](?:(?:19|20)\d\d年|上年|去年)?(?:末|底)?的?")
#: Places listed with the level of place printed after the last one only (凤塘、桃林、新埔
#: 街道): the first of them and that level.
_PLACES_SHARING_LEVEL = re.compile(
    r"([\u4e00-\u9fff]{2,3})(?:、[\u4e00-\u9fff]{2,3})*[、和及][\u4e00-\u9fff]{2,3}"
    rf"({LISTED_PLACE_LEVEL})"
)
#: What joins the items of a list printed with one verb (压减A 120万吨、B 165万吨).
_LIST_MARKS = ("、",)
#: Words of a report that name places of a level as its parts (N个县, 县（市、区）, 各乡镇):
#: only then is the area of that level (县域, 镇域) a part of the report's place.
_PARTS_OF_LEVEL = {
    "县": re.compile(r"[一二三四五六七八九十\d]+个县|县（[市区]|县市区|区县|各县"),
    "镇": re.compile(r"[一二三四五六七八九十\d]+个(?:乡)?镇|各(?:乡)?镇"),
    "乡": re.compile(r"[一二三四五六七八九十\d]+个乡|各乡"),
}
#: The count of the places listed, glued to the last one's name (赤岸、溪口、上溪三镇).
_COUNT_OF_PLACES = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})[一二三四五六七八九十两]个?(?=(?:镇|乡|街道|村|社区)$)"
)
#: Ends of the name of a county or district of a city (渤海区实现地区生产总值…), and of the
#: parts of a city's area that are none (中心城区空气质量…: words of an indicator).
_COUNTY_ENDS = ("区", "县", "旗")
_AREA_OF_A_CITY = ("城区", "市区", "片区", "辖区", "建成区", "镇区", "库区", "山区")
#: Ends of the name of a town, township, street or village (茶洋镇茶园面积…: the town's).
_TOWN_ENDS = ("镇", "乡", "街道", "村", "社区")
#: Codes in quotes opening a name (“9710”“9810”跨境电商B2B出口额: customs modes), no kind.
_QUOTED_CODES = re.compile(r"(?:[“\"][0-9A-Za-z]+[”\"][、和及]?)+")
#: The report's own place named after 中 (辖区, 我镇, 本县, 全市).
_OWN_PLACE_WORD = re.compile(r"辖区|[我本全][镇乡县市区旗]|本街道|全街道")
#: How many figures after a 其中 are read to tell a list of parts from one part.
_PARTS_BACK = 8
#: The words of a place's own level of government before a figure's name (市本级, 县本级).
_OWN_LEVEL_PART = re.compile(rf"[省市县区镇乡]{OWN_LEVEL}$")
#: How far into a sentence its opening words are read (分季度来看).
_BREAKDOWN_CHARS = 8
#: A base compared with that is a whole year printed (较2020年的50.2亿元).
_YEAR_BASE = re.compile(r"((?:19|20)\d\d)年")
#: Words of a base compared with that name the year before (比上年的38.6%).
_LAST_YEAR_BASES = frozenset({"上年", "去年"})
#: How many clauses stating only a growth a group opening the clause before them reaches past.
_GROWTH_CLAUSES_BACK = 2
#: Words between a group and the verb of what it did (总部企业全年实现营业收入, 共实现): past
#: clauses stating only a growth, only a group doing so is that of a figure with no words.
_WORDS_BEFORE_VERB = re.compile(r"全年|今年|当年|共|累计")
#: Words right before a growth that make it a growth over several years (四年累计增长).
_SPAN_GROWTH = ("累计增长", "累计下降", "累计提高")
#: A comma or a semicolon: what ends a stretch of figures joined by 、.
_COMMA = re.compile(r"[，,；;]")
#: The year a change ran to, as printed (增加到2020年的38124元).
_END_YEAR = re.compile(r"(?:到|至)((?:19|20)\d\d)年")
#: A digit or a Chinese numeral: the words after a count that hold one state another figure.
_DIGIT_OR_NUMERAL = re.compile(r"[\d一二三四五六七八九十百千万两〇]")
#: How many characters of what a counted group does name the figure (…企业实施数字化改造).
_ACT_CHARS = 8
#: How far back the rest of a subject (播种面积 of 大豆播种面积) is looked for.
_REST_LOOK = 200
#: How many claims back the level of a subject named before 比 is looked for.
_NAMED_LOOKBACK = 40


@cache
def _kind_opening() -> re.Pattern[str]:
    """An industry named at the start of an item, before a word that is no part of a name."""
    heads = sorted((h for h in load_phrases().sibling_heads if "产业" in h), key=len, reverse=True)
    after = any_word(load_phrases().industry_item_followers)
    return re.compile(rf"([\u4e00-\u9fff]{{2,10}}?(?:{alternation(heads)}))(?={after})")


#: The park of the place named by the word alone, opening a sentence (园区全年实现…).
_BARE_PARK = re.compile(r"^园区")
#: A share of the whole place (占全市的44.5%): the figures of its sentence are of a part of it.
_SHARE_OF_WHOLE_PLACE = re.compile(r"占全(?:街道|[省市县区镇乡旗])的")


class _ParagraphReader(ParentReading, ChangeReading, YearPartsReading):
    def __init__(
        self,
        paragraph: Paragraph,
        report: Report,
        own_place: Callable[[], str] = lambda: "",
        own_level: Callable[[], str] = lambda: "",
        own_tier: Callable[[], str] | None = None,
        carried: Anchor | None = None,
    ) -> None:
        self.p = paragraph
        self.carried = carried  # the span of years the paragraphs before went on about
        self.own_place = own_place  # the name of the place the report is about
        self.own_level = own_level  # its level (县, 区, 镇 …)
        self.own_tier = own_tier or own_level  # the level of its own L级 figures (see place)
        self.text = paragraph.text
        self.layout: Layout = None  # type: ignore[assignment]  # set by read()
        self.periods: PeriodFinder | None = None
        self.report = report
        self.index: ClaimIndex = None  # type: ignore[assignment]  # set by read()
        self.claims: list[Claim] = []  # in reading order
        self.by_mention: dict[int, Claim] = {}
        self.structure_parts: dict[int, list[Claim]] = {}  # by id of the first component
        self.changed_structures: list[tuple[Claim, Claim]] = []  # (earlier, later) heads
        self.respective: dict[int, Respective] = {}  # figures of 分别 lists, by id of mention
        # by start of a list, and whether levels that state a growth are taken
        self._respective_levels: dict[tuple[int, bool], list[Claim] | None] = {}
        self._progress_names: dict[int, str] = {}  # 完成全年目标, by id of the target's claim
        self._glued: dict[int, Mention] = {}  # the figure printed right after, by id of a mention
        self._printed_years: tuple[list[int], list[int]] | None = None
        # 比上年的221.8亿元: the figure compared, by id of the claim of the level compared with,
        # and the basis of a growth of that figure.
        self._compared_to: dict[int, Claim] = {}
        self._basis_of: dict[int, str] = {}
        # 由67家增加到78家，新增11家: the level new ones are added to, by id of their claim.
        self._additions: dict[int, Claim] = {}
        #: Scopes a figure takes from the subject it shares (总数 after a town's new ones).
        self._scope_of: dict[int, str] = {}
        self._mentions: list[Mention] = []
        self._mention_at: dict[int, int] = {}  # place in the paragraph's list, by id
        #: 降幅比一季度、上半年分别收窄A、B个百分点: the growth, rate word and period of each
        #: figure after the first, by id of its mention.
        self._rate_items: dict[int, tuple[Claim, str, str]] = {}

    # -- reading -------------------------------------------------------------------------

    def read(self) -> list[Claim]:
        mentions, layout = scan(self.text)
        if not mentions or layout is None:
            return []
        self.layout = layout
        self._mentions = mentions
        self._mention_at = {id(x): k for k, x in enumerate(mentions)}
        self.periods = PeriodFinder(self.p, self.report, self.layout, self.carried)
        self.index = ClaimIndex()
        self.claims = self.index.claims
        self.respective = respective_subjects(self.text, mentions, layout)
        self._glued = {id(a): b for a, b in itertools.pairwise(mentions) if a.end == b.claim_start}
        prev: Mention | None = None
        for m in mentions:
            if self._second_rate(m, prev) or self._growth_reached(m, prev):
                m.role, m.to_level = "growth", False
            if m.role == "level" and self._compared_growth_in_brackets(m):
                pass  # 产值12.84亿元，增长15.2%，增速比上半年（12.1%）…: that half-year's growth
            elif m.role == "growth":
                self._growth(m, prev)
            elif unit_family(m.unit) == "points" and (
                m.role == "change" or id(m) in self._rate_items
            ):
                self._points(m, prev)
            else:
                self._level(m, prev)
            prev = m
        self._date_changed_structures()
        self._name_compared_openings()
        self._name_actuals_of_plans()
        self._link_changes()
        self._link_parts_of_year()
        self._assign_parents()
        for n, c in enumerate(self.claims, start=1):
            c.claim_id = f"p{self.p.index}.{n}"
        self._resolve_ids()
        for c in self.claims:
            self._finish(c)
        return self.claims

    def _name_actuals_of_plans(self) -> None:
        """``年度计划投资64.38亿元，实际完成72.36亿元``: a figure with no name of its own that
        is done (实际) right after a plan's figure in its unit is the measure the plan names
        (投资), not the plan."""
        for prev, c in itertools.pairwise(self.claims):
            m, before = c.mention, prev.mention
            if m is None or before is None or c.indicator or not c.value:
                continue
            if c.name not in ("", "实际"):  # (实际完成72.36亿元: 完成 is no name, nor 实际)
                continue
            if prev.kind != "target" or prev.unit != c.unit or c.mention is not m:
                continue
            if self.layout.sentence_index(before.start) != self.layout.sentence_index(m.start):
                continue
            if "实际" not in self.text[before.end : m.start]:
                continue
            word = next((w for w in _PLAN_WORDS_IN_NAME if w in prev.name), "")
            measure = prev.name.replace(word, "", 1) if word else ""
            if len(measure) >= 2:
                c.name = measure

    def _name_compared_openings(self) -> None:
        """``与2020年的8.73亿元相比，三年间一般公共预算收入年均增长10.9%``: a level with no name
        compared with at the opening of its sentence is of the subject the sentence names next
        (of its unit, or a growth alone)."""
        for c in self.claims:
            m = c.mention
            if m is None or c.name or c.indicator or not c.value or c.mention is not m:
                continue
            s_start, s_end = self.layout.sentence(m.start)
            if not _COMPARED_OPENING.fullmatch(self.text, s_start, m.start):
                continue
            if not self.text.startswith(_COMPARED_CLOSE, m.end):
                continue
            named = next(
                (
                    x
                    for x in self.index.between(m.end, s_end)
                    if (x.indicator or x.name) and (x.unit == c.unit or not x.value)
                ),
                None,
            )
            if named is not None:
                c.indicator, c.name = named.indicator, named.name

    def _growth_reached(self, m: Mention, prev: Mention | None) -> bool:
        """``一季度地区生产总值增长4.6%，上半年受疫情影响回落至3.8%``: a percentage a verb of a
        change reaches right after a growth in its sentence, with no subject of its own, is the
        growth of the same subject at its own time (not a level named by nothing)."""
        if m.role != "level" or not m.to_level or m.unit != "%" or prev is None:
            return False
        before = self.by_mention.get(id(prev))
        if before is None or not before.growth_pct or before.value or before.mention is not prev:
            return False  # (a growth alone: 增长4.6%, not 实现…亿元，增长…)
        if self.layout.sentence_index(prev.start) != self.layout.sentence_index(m.start):
            return False
        ws, we = self._window(m, prev)
        words = _CAUSE.sub("", self.text[ws:we])
        return not clean_name(words) and not any(w in words for w in load_phrases().rate_words)

    def _second_rate(self, m: Mention, prev: Mention | None) -> bool:
        """``增长6.5%以上，力争7%``: a bare percentage right after a growth is a second
        growth of the same subject."""
        if m.role != "level" or m.verb or unit_family(m.unit) != "percent" or prev is None:
            return False
        before = self.by_mention.get(id(prev))
        if before is None or not before.growth_pct or before.mention is not prev:
            return False
        if self.layout.sentence_index(prev.start) != self.layout.sentence_index(m.start):
            return False
        ws, we = self._window(m, prev)
        if self.text.startswith(("的", "目标", "任务", "计划"), m.end):
            return False  # 超额完成市下达的16%目标任务: the target, not a second growth
        return not clean_name(self.text[ws:we])

    def _new(self, m: Mention, start: int) -> Claim:
        assert self.periods is not None
        # The components of a structure a:b:c are of one time, that of the first; a figure of
        # a list of periods (一季度、上半年分别…) is of its own.
        listed = self.respective.get(id(m)) if self.respective else None
        at = listed.period_at if listed is not None and listed.period_at >= 0 else -1
        year, months, first_year = self.periods.span(at if at >= 0 else (m.structure or m).start)
        if listed is not None and listed.months is not None:  # 四个季度…分别为
            months, first_year = listed.months, None
            if self._cumulative_list(listed):  # 一至四季度分别累计完成…: from January on
                months = (1, months[1])
        elif listed is not None and listed.years_back >= 0 and year is not None:  # 五年…分别为
            if self._latest_end_year_before(listed.first) == year - 1:
                year -= 1  # …由2015年的A增加到2020年的B…。五年…分别为: the five years to 2020
            year, months, first_year = year - listed.years_back, None, None
        elif listed is not None and listed.year >= 0:  # 2016年至2020年分别…
            year, months, first_year = listed.year, None, None
        if first_year is not None and m.role == "level" and not m.to_level and self._reached(m):
            first_year = None  # 自2018年开园以来…，入园企业达到72家: the level now
        if year is not None and not months and m.role == "level" and self._at_year_start(m):
            year = year - 1  # 规模以上工业企业年初为138家: the stock at the end of last year
        elif year is not None and self._existing_in_plan(m) and year == self.report.plan_year:
            year, months, first_year = year - 1, None, None  # 依托现有36.2万吨冷库库容
        c = Claim(
            section=self.p.section_path,
            paragraph=self.p.index,
            start=start,
            end=m.end,
            depth_paren=self.layout.paren_of(m.start),
            year=year,
            first_year=first_year,
            months=months,
            mention=m,
        )
        c.kind = self.periods.kind(m.start, year)
        if c.kind == "target" and self._progress_in_review(m):
            c.kind = "actual"  # 完成年度计划投资140.6亿元的108.6%: how far the plan was done
        if self.text.startswith(_TARGET_AFTER, m.end):
            c.kind = "target"  # 完成年初确定的60万元目标的114%: 60 is the target
        stance = self.periods.stance(m.start)
        if stance:
            c.quals.append(stance)
        self.index.add(c)
        self.by_mention[id(m)] = c
        if m.structure is not None:
            self.structure_parts.setdefault(id(m.structure), []).append(c)
        return c

    def _progress_in_review(self, m: Mention) -> bool:
        """Whether ``m`` is a percentage right after a figure and 的 in a clause of 完成, in
        the review: the progress made towards that figure, no target."""
        if m.unit != "%" or self.p.part == "plan" or not self.text.startswith("的", m.start - 1):
            return False
        k = self._mention_at.get(id(m), 0)
        prev = self._mentions[k - 1] if k else None
        if prev is None or prev.end != m.start - 1:
            return False
        return "完成" in self.text[self.layout.clause_start(prev.start) : prev.start]

    def _at_year_start(self, m: Mention) -> bool:
        """Whether the clause of ``m`` dates it at the start of its year (规模以上工业企业年初为
        138家), with no year of its own printed there."""
        words = self.text[self.layout.clause_start(m.start) : m.start]
        ends = self.layout.clause_end(m.end) == m.end  # not 年初为3200户脱贫户发放…: for them
        return ends and load_phrases().year_start.search(words) is not None

    def _existing_in_plan(self, m: Mention) -> bool:
        """Whether ``m`` is in the plan right after a word of what exists (依托现有36.2万吨),
        named by a noun after it (not 在现有3.2万亩基础上: a base)."""
        ph = load_phrases()
        reach = max((len(w) for w in ph.existing), default=0)
        words = self.text[max(0, m.start - reach) : m.start]
        return (
            m.role == "level"
            and self.p.part == "plan"
            and bool(reach)
            and words.endswith(ph.existing)
            and not self.layout.marks_between(m.num_end, m.end + 1)
            and not self.text.startswith(("的", *ph.base_figure_words), m.end)
        )

    def _reached(self, m: Mention) -> bool:
        """Whether the words of ``m``'s clause make it a level reached (达到, 总数), not a
        total over a span of years (累计)."""
        ph = load_phrases()
        words = self.text[self.layout.clause_start(m.start) : m.start]
        return any(w in words for w in ph.span_levels) and not any(
            w in words for w in ph.span_totals
        )

    def _window(self, m: Mention, prev: Mention | None) -> tuple[int, int]:
        """The stretch of the clause before ``m`` (after the previous figure in it)."""
        end = m.claim_start
        if prev is not None and prev.end == m.start and m.verb_start == prev.verb_start >= 0:
            return prev.end, prev.end  # 减少到213户438人: a pair sharing its verb and subject
        floor = prev.end if prev is not None and prev.end <= end else 0
        start = self.layout.clause_start(end, floor)
        if clean_name(self.text[start:end]):  # 村（社区）均3111.5万元: the name runs on over
            # the place's brackets (not 各县（市、区）合计112.37亿元: the places are the name)
            start = max(self.layout.place_alternative_before(start), floor)
        return start, end

    def _subject_before(self, ws: int, we: int, unit: str, role: str) -> _Subject | None:
        """The subject named in ``text[ws:we]``: a vocabulary wording that ends it, else the
        report's own words."""
        words = [w for w in wordings_in(self.text, ws, we) if not self.layout.shielded(w.start)]
        listed = listed_wordings()
        wide = self.layout.phrase_start(we) if listed is not None else ws
        if (
            wide < ws
            and "、" in self.text[wide:ws]
            and listed is not None
            and listed.search(self.text, wide, we) is not None
        ):  # 上划中央、省、市税收: a wording with 、
            found = [w for w in wordings_in(self.text, wide, we) if "、" in w.text]
            if found and found[-1].end >= (words[-1].end if words else 0):
                words = found
        if words:
            w = words[-1]
            rest = clean_name(self.text[w.end : we])
            if (not rest or rest in load_phrases().after_indicator) and fits(
                w.indicator, unit, role
            ):
                ph = load_phrases()
                if ph.density_before.search(self.text, max(ws, w.start - 8), w.start):
                    name = clean_name(self.text[ws : w.end]) or w.text  # 每万人拥有市场主体:
                    return _Subject("", name, ws, w.end)  # a density, no level of them
                tourism = clean_name(self.text[ws : w.start])  # 边境游接待游客8.6万人次: one
                if tourism.endswith(_KINDS_OF_TOURISM) and tourism not in _KINDS_OF_TOURISM:
                    return _Subject("", tourism + w.text, ws, w.end)  # kind's, not all visitors
                if self.text.endswith(_CHAIN_HEADS, ws, w.start):  # 产业链规上企业104家: the
                    name = clean_name(self.text[ws : w.end]) or w.text  # chain's, not all
                    return _Subject("", name, ws, w.end)
                # 非房地产开发投资: the rest, not the wording (but 对非进出口: a market, Africa)
                africa = _AFRICA_BEFORE.search(self.text, ws, max(ws, w.start - 1))
                if w.start > ws and self.text[w.start - 1] == "非" and africa is None:
                    return _Subject("", "非" + w.text, w.start - 1, w.end)
                narrowed = w.text in ph.bare_wordings or w.text in ph.narrowed_wordings
                kind = self._kind_before(ws, w) if narrowed else ""
                if narrowed and not kind:  # 白酒产业完成产值…；实现税收19.86亿元: the industry's
                    kind = self._kind_of_sentence(ws, w)
                if kind:  # 煤炭税收1.32亿元: the tax of one kind, no wording of all taxes
                    return _Subject("", kind + w.text, w.start - len(kind), w.end)

                amount_class = load_phrases().amount_class
                if (
                    self.text.endswith(_CLASS_BEFORE, ws, w.start)
                    or _doing_class().search(self.text, ws, w.start) is not None
                    or self.text.endswith(("”", '"'), ws, w.start)
                    or amount_class.search(self.text, max(0, w.start - 4), w.start) is not None
                ):  # 亩均税收10万元以上的规上工业企业86家, 整治“散乱污”工业企业86家, 亩均税收超过
                    # 30万元的规上工业企业42家: a class
                    name = clean_name(self.text[ws : w.end])  # of them, not all of them
                    return _Subject("", name or w.text, ws, w.end)
                return _Subject(w.indicator, w.text, w.start, w.end)
        name = clean_name(self.text[ws:we])
        if not name or name in _COMPARING_WORDS:  # 比2019年两年平均增长6.6%: no subject
            return None
        at = self.text.rfind(name[:2], ws, we)
        own = ""
        if "级" in name[1:3]:  # …其中区级一般公共预算收入: a part, not the district's total
            k = bisect.bisect_left(self._of_which_at, max(at, ws)) - 1
            plain = k < 0 or self._of_which_at[k] < self.layout.sentence(ws)[0]
            tier = self.own_tier()
            if plain and tier and name.startswith(f"{tier}级"):  # (2015年，区级…88.24亿元。
                whole = f"全{tier}{name[len(tier) + 1 :]}"  # 2016年，全区…186.42亿元: the
                plain = not _printed_in(self.report.text, whole)  # own level, not all of it)
            own = own_level_indicator(name, tier, plain=plain)
        if own and fits(own, unit, role):  # 区级税收收入 in a district's report
            return _Subject(own, name, at if at >= 0 else ws, we)
        kind = self._kind_opening_item(at if at >= 0 else ws)
        if kind and not name.startswith(kind):  # 生物医药产业以…为主攻方向，力争营业收入达到…
            name = kind + name
        return _Subject("", name, at if at >= 0 else ws, we)

    def _kind_opening_item(self, pos: int) -> str:
        """The industry that opens the item of ``pos`` (生物医药产业以疫苗…为主攻方向，…) with no
        figure before ``pos``: what a measure named by itself there is of; ``""`` if none."""
        start = max(self.layout.sentence(pos)[0], self.layout.item_start(pos))
        found = _kind_opening().match(self.text, start, pos)
        if found is None or self.index.any_between(start, pos):
            return ""
        kind = clean_name(found.group(1))  # 二是生物医药产业以…: no ordinal; 围绕主导产业…: no
        if not kind.endswith(found.group(1)[-2:]) or load_phrases().noun_stop.match(kind):
            return ""  # verb
        return kind

    def _kind_of_sentence(self, ws: int, w: Wording) -> str:
        """The industry that opens the sentence of a bare wording whose item opens with a verb
        of doing and it alone (白酒产业完成产值…；实现税收19.86亿元: 白酒产业), if any."""
        item = self.layout.item_start(w.start)
        s_start = self.layout.sentence(w.start)[0]
        words = self.text[max(ws, item) : w.start]
        if item <= s_start or words not in load_phrases().doing_verbs:
            return ""
        found = _INDUSTRY_OPENING.match(self.text, s_start, item)
        return found.group(1) if found else ""

    def _kind_before(self, ws: int, w: Wording) -> str:
        """The words glued before a bare wording, or before a verb of doing and it, that name a
        kind of it (煤炭 of 煤炭税收, 批发和零售业 of 批发和零售业税收, 白酒产业 of 白酒产业实现
        税收; not 实现 of 实现税收, nor 全镇), if any."""
        raw = self.text[ws : w.start]
        if not self._in_breakdown(self.layout.clause_start(w.start)):  # (分行业看，金融业实现
            for verb in load_phrases().doing_verbs:  # 税收…: scoped by its kind, below)
                raw = raw.removesuffix(verb)  # 白酒产业实现税收19.86亿元: the industry's
        kind = clean_name(raw)
        if kind and not raw.endswith(kind):  # “9710”“9810”跨境电商B2B出口额: the words after
            codes = _QUOTED_CODES.match(raw)  # the quoted codes
            kind = clean_name(raw[codes.end() :]) if codes is not None else ""
        if kind in load_phrases().not_kinds or kind.startswith(MARKET):
            return ""  # 自营出口: all exports; 对欧盟出口: a market, read as the figure's scope
        return kind if kind and raw.endswith(kind) else ""

    def _subject_after(self, m: Mention) -> _Subject | None:
        """The noun after a measure word (``45家规上企业``), or after ``%…的``; for the low end
        of a range, the noun after its high end (3至5家企业), never the range's 至."""
        if m.unit_carried:
            high = m.range_with if m.range_role == "low" else None
            return self._subject_after(high) if high is not None and not high.unit_carried else None
        units = load_units()
        after = m.end
        if self.layout.marks_between(m.num_end, after + 1):
            return None
        classifier = m.role == "level" and m.unit in units and units[m.unit].classifier
        classifier = classifier or self._existing_in_plan(m)  # 现有36.2万吨冷库库容
        share = unit_family(m.unit) == "percent" and self.text.startswith("的", after)
        if not (classifier or share):
            return None
        begin = after + 1 if share else after
        listed_end = levels_listed_end(self.text, begin)  # 58个省、市、县重点项目
        noun = following_noun(self.text, begin, self.layout.clause_end(listed_end))
        if not noun or (share and noun.startswith(load_phrases().base_figure_words)):
            return None  # 在机采率达到95.3%的基础上: a base, which names no rate
        verbs = load_phrases().subset_verbs
        act = next((k for k in range(2, len(noun)) if noun.startswith(verbs, k)), -1)
        if act < 0 and self.text.startswith(verbs, begin + len(noun)):
            act = len(noun)  # …企业开展…: the noun stops at the verb
        end = min(begin + max(act, 0) + _ACT_CHARS, self.layout.clause_end(begin))
        if classifier and act >= 0 and not _DIGIT_OR_NUMERAL.search(self.text, begin, end):
            # 推动120家规上工业企业实施数字化改造: those of them that act, no level of them (not
            # 58个市级重点项目完成投资86.4亿元: the projects themselves)
            return _Subject("", clean_name(self.text[begin:end]), begin, end)
        if classifier:
            found = wordings_in(self.text, begin, begin + len(noun) + 2)
            if found and found[0].start == begin and fits(found[0].indicator, m.unit, m.role):
                w = found[0]
                kind = self._relative_before(m)
                if kind:  # 受灾的186家规上工业企业: those of them, not all of them
                    return _Subject("", kind + w.text, w.start, w.end)
                return _Subject(w.indicator, w.text, w.start, w.end)
        return _Subject("", noun, begin, begin + len(noun))

    def _share_of_printed_whole(self, m: Mention, prev: Mention | None, whole: Claim) -> str:
        """``占全市规模以上工业营业收入6120.5亿元的43.6%``: a rate right after 的 after a level
        whose clause names it after 占 is the share of that level, named from 占 on (as
        ``占全县水产品总产量48.65万吨的26.4%`` is); ``""`` for other figures."""
        if prev is None or m.unit != "%" or whole.unit == "%" or whole.mention is not prev:
            return ""
        if self.text[prev.end : m.start] != "的":
            return ""
        clause = self.layout.clause_start(prev.start)
        k = self.text.find("占", clause, prev.start)
        return clean_name(self.text[k : prev.start]) if k >= 0 else ""

    @cached_property
    def _among_hits(self) -> dict[int, re.Match[str]]:
        """The counts of a place among the wider place's, by where each of their two figures
        starts (read once per paragraph)."""
        hits: dict[int, re.Match[str]] = {}
        for hit in _PLACE_AMONG.finditer(self.text):
            hits[hit.start("n")] = hits[hit.end()] = hit
        return hits

    def _among_wider(self, m: Mention) -> _Subject | None:
        """``全区266家总部企业中辖区占103家``: both figures count the things named between them
        (总部企业), the first the wider place's (its scope the place printed before it, 全区),
        the second the place's after 中 (辖区, 我镇: its scope), unless a noun after it names
        what it counts. ``None`` for other figures."""
        hit = self._among_hits.get(m.start)
        if hit is None or m.unit_carried or m.unit != hit.group("u"):
            return None
        place = hit.group("place").lstrip("，,")
        places = load_phrases().sub_place_re
        if place and not (_OWN_PLACE_WORD.fullmatch(place) or places.fullmatch(place)):
            return None  # 126家规上工业企业中，高新技术企业有38家: a kind of them, no place
        if m.start != hit.start("n") and self._subject_after(m) is not None:
            return None  # 28项主要指标中，有22项提前完成: those of them that did, named after
        start, end = hit.span("x")
        found = wordings_in(self.text, start, end)
        w = found[0] if found else None
        indicator = w.indicator if w is not None and (w.start, w.end) == (start, end) else ""
        indicator = indicator if fits(indicator, m.unit, m.role) else ""
        if m.start == hit.start("n"):
            clause = self.layout.clause_start(m.start)
            wider = WHOLE_PLACE.search(self.text, clause, m.start)
            named = bool(hit.group("place").lstrip("，,"))  # 辖区占, 我镇有: another place
            if wider is not None and (wider_than(wider.group(1), self.own_level()) or named):
                self._scope_of[id(m)] = wider.group(0)  # (not 全县 in a county's report)
        else:
            self._scope_of[id(m)] = clean_name(hit.group("place")) or f"{hit.group('x')}中"
        return _Subject(indicator, hit.group("x"), start, end)

    def _relative_before(self, m: Mention) -> str:
        """The words of a clause with 的 right before a count (受灾的186家规上工业企业), which
        make it count some of the things named after it; ``""`` when there are none, or they
        name the place or all of them (全县的186家, 全县现有的186家, 纳入产值统计的45家:
        ``whole_relatives`` in phrases.toml)."""
        if not self.text.endswith("的", 0, m.start):
            return ""
        start = self.layout.clause_start(m.start)
        said = self.text[start : m.start - 1]
        words = clean_name(said)
        ph = load_phrases()
        if not words or ph.sub_place_re.fullmatch(words):
            return ""
        return "" if any(w in said for w in ph.whole_relatives) else words

    def _remaining(self, subject: _Subject, m: Mention) -> _Subject:
        """``剩余的126户贫困人口``: the noun after a figure keeps the remaining word printed
        right before the figure (剩余贫困人口), which makes it no part of what is done."""
        words = self.text[max(0, m.claim_start - 4) : m.claim_start].rstrip("的")
        word = next((w for w in load_phrases().remaining_words if words.endswith(w)), "")
        if not word or subject.name.startswith(word):
            return subject
        return _Subject("", word + subject.name, subject.start, subject.end)

    def _subject_after_pair(self, m: Mention) -> _Subject | None:
        """``实现1862户6843人脱贫``: two counts printed together share the noun after the
        second."""
        n = self._glued.get(id(m))
        if n is None or m.role != "level" or n.role != "level" or n.unit == m.unit:
            return None
        units = load_units()
        if not all(u in units and units[u].classifier for u in (m.unit, n.unit)):
            return None
        return self._subject_after(n)

    def _carry(self, m: Mention, prev: Mention | None) -> Claim | None:
        """The claim whose subject ``m`` carries (same clause, nothing in between)."""
        if prev is None:
            return None
        before = self.by_mention.get(id(prev))
        if before is None:
            return None
        if self.layout.marks_between(prev.end, m.claim_start) and prev.range_with is not m:
            return None
        return self._compared_to.get(id(before), before)

    def _compared_level(self, m: Mention) -> bool:
        """``实现旅游总收入312.6亿元，比上年的221.8亿元增长40.9%``: the figure is the level
        of the year compared with, of the figure before it; what follows (the growth, the
        change) is of that figure. ``False`` when there is no such figure."""
        family = unit_family(m.unit)
        words, indicator = self._subject_before_compare(m)  # 畜牧业产值比上年的…
        now = self._named_level_before(words, indicator, m) if words else None
        if now is None:  # 是2015年（279户）的2.1倍: from before the brackets
            now = self._last_level(m.claim_start, family)
            dated = self._level_of_year_named(m, now)
            if dated is not None:  # …和9.86亿元，累计43.58亿元，2020年比2015年的…: of 9.86
                now = dated
            if now is not None and now.measure == "new" and now.mention is not None:
                stock = self._last_level(now.mention.start, family)  # 由…增加到428.66万千瓦，
                if stock is not None and stock.name == now.name:  # 全年新增126.5万千瓦；与
                    now = stock  # 2015年的93.20万千瓦相比: the stock's, not the new ones'
            if (
                now is not None
                and now.mention is not None
                and _PROGRESS_AFTER.match(self.text, now.mention.end)
            ):  # 38642万元，完成年度目标37500万元的103.0%，比上年的…增长: of 38642, not the goal
                now = self._last_level(now.mention.start, family) or now
            if now is not None and now.unit != m.unit:  # 产值5.36亿元，…，亩均产值7882元，
                now = self._last_in_unit(m.claim_start, m.unit) or now  # 是2015年（2.98亿元）的
            if now is not None and now.name in load_phrases().per_unit_words:
                now = self._total_of_bare_average(now, m)  # 合计186.4万元，村均13.31万元，是
                # 2014年44.6万元的4.2倍: of the total
            if now is not None and words and not _alike(words, indicator, now):
                # 专利授权量6842件；发明专利授权量比上年的1289件: not of 6842, but last year's
                # level of its own subject (牛存栏比上年的1.72万头增长8.1%)
                return m.compared in _LAST_YEAR_BASES and self._last_years_level(
                    m, words, indicator
                )
            if now is not None and self._listed(now) and self._opens_with_sum(m):
                now = self._sum_before(now)  # …分别为16.8万元、…和9.7万元，全乡合计是2019年
                if now is None:  # 35.8万元的2.1倍: of the villages' sum printed before
                    return False
            elif now is not None and words and self._listed(now):
                now = self._unlisted_level(now) or now  # 就业率为96.6%，…分别为96.8%和96.0%；
                # 全乡…就业率比上年的95.1%提高1.5个百分点: of the whole, not of the last site
        if now is not None and self.text.startswith(load_phrases().net_words, m.end):
            now = self._stock_behind(now) or now  # 达到213家，全年新增入规企业34家、退出7家，
            # 比上年的186家净增27家: of the 213, not of the last flow
        after = m.end + 1 if self.text.startswith(("）", ")"), m.end) else m.end
        multiple = load_phrases().multiple_base_after.match(self.text, after) is not None
        if multiple and now is not None and now.measure == "new" and now.mention is not None:
            # 总数达到158家，全年新增46家，…，是2015年56家的2.8倍: of the stock, not the new ones
            stock = self._last_level(now.mention.start, family)
            if stock is not None and stock.measure == "level":
                now = stock
        k = bisect.bisect_left(self._of_which_at, m.start) - 1
        if now is not None and now.mention is not None and k >= 0:
            of_which = self._of_which_at[k]
            if now.mention.start > of_which >= self.layout.sentence(m.start)[0]:
                total = self._last_level(of_which, family)  # 其中A、B、C，比上年的…: the total
                if total is not None and (
                    (not _near(m.value, now.value) and _near(m.value, total.value))
                    or (not words and now.mention.end <= self.layout.item_end(of_which) < m.start)
                ):
                    now = total  # 鹅2.3万只，比上年的39.5万只: last year's total, not the part's
                    # (其中风电…、光伏…；与2019年的…相比: past the item of the parts, too)
        if (
            now is None
            and words
            and (
                m.compared in _LAST_YEAR_BASES
                or (_YEAR_BASE.fullmatch(m.compared) and not multiple)
            )
        ):
            return self._last_years_level(m, words, indicator)
        if now is None or now.year is None or now.measure not in ("level", "new"):
            return False  # 新注册企业3472家，比上年的3084家增长12.6%: last year's new ones
        plan = load_phrases().plan_period.fullmatch(m.compared)  # 是“十一五”时期12.4亿元的
        if plan is not None and multiple and now is not None and now.mention is not None:
            listed = self.respective.get(id(now.mention)) if self.respective else None
            if listed is not None:  # 四年累计186.5亿元，分别为38.2亿元、…和53.9亿元，是…的1.6倍:
                now = self._last_level(listed.first, family) or now  # of the total
            if now.name.startswith(load_phrases().per_year_words):  # 五年累计完成1376.2亿元，
                now = self._last_level(now.mention.start, family) or now  # 年均完成275.2亿元，
            if now.first_year is not None:  # 是“十一五”时期572.4亿元的2.4倍: of the total
                return self._plan_level(m, now, plan.group("plan"))
        if now.first_year is not None:
            return False  # 四年累计298.70亿元，2024年是2020年52.46亿元的1.65倍: no total's base
        printed = _YEAR_IN_BASE.match(m.compared)
        average_after = printed is not None and self.text.startswith(
            tuple(load_phrases().average), m.end
        )  # …，增长18.0%，较2019年的1208.55亿元两年平均增长13.7%: the base of the average
        # 同比增长19.8%，比上年同期的917.40亿元多出181.23亿元: the change is of the level
        change_after = _CHANGE_AFTER.match(self.text, m.end) is not None
        over_years = average_after or (multiple and printed is not None)  # 是2015年6124元的1.77倍
        if now.growth_pct and not printed and not (over_years or change_after):
            return False  # 同比增长15.3%，比上年的…: two growths over one year, not read
        month = _MONTH_OF_BASE.match(m.compared)
        months: tuple[int, int] | None = None
        if month is not None:  # 比5月份的1.48亿元环比增长9.5%: the month before
            year, months = now.year, (int(month.group(1)), int(month.group(1)))
            if now.months is None or months[1] >= now.months[0] or not 1 <= months[0] <= 12:
                return False
        else:
            year = int(printed.group(0)) if printed else now.year - 1
            if year >= now.year:
                return False
            same_months = any(w in m.compared for w in load_phrases().same_months_words)
            months = now.months if same_months else None  # 比上年同期的, 比上年同月的
        c = self._new(m, m.claim_start)
        c.indicator, c.name, c.value, c.unit = now.indicator, now.name, m.value, m.unit
        c.scope = c.scope or now.scope  # 八幢重点楼宇合计实现税收…，比上年的18.76亿元: theirs too
        c.year, c.first_year, c.kind = year, None, "actual"
        c.months, c.measure = months, now.measure
        c.quals.extend(m.quals)
        if not now.growth_pct and not now.link:  # …比上年的2.72%提高0.14个百分点，比2020年的
            now.link, now.linked_to = "changed_from", f"#{id(c)}"  # 2.40%…: the first one
        # …同比增长15.3%，比2019年的251.38亿元增长6.8%: the second growth is over that year
        self._compared_to[id(c)] = now
        self._basis_of[id(now)] = f"比{m.compared}"
        return True

    def _level_of_year_named(self, m: Mention, last: Claim | None) -> Claim | None:
        """The level of the year that opens the clause of a base (2020年比2015年的6.85亿元…)
        printed before it in its sentence in its unit, when the last level before it is not
        that year's alone (a total over the years listed before it: 累计43.58亿元); else
        ``None``."""
        opening = _YEAR_BEFORE_BASE.match(self.text, self.layout.clause_start(m.start))
        if last is None or last.mention is None or opening is None:
            return None
        year = int(opening.group(1))
        words = self.text[self.layout.clause_start(last.mention.start) : last.mention.start]
        over_years = words.startswith(load_phrases().span_totals)
        if (last.year, last.first_year, last.months) == (year, None, None) and not over_years:
            return None
        s_index = self.layout.sentence_index(m.start)
        for c in itertools.islice(self.index.before(m.claim_start), _DATED_LEVEL_BACK):
            if c.mention is None or self.layout.sentence_index(c.mention.start) != s_index:
                return None
            if c is not last and (c.year, c.first_year, c.months, c.unit) == (
                year,
                None,
                None,
                m.unit,
            ):
                return c if c.measure == "level" and c.value else None
        return None

    def _plan_level(self, m: Mention, now: Claim, plan: str) -> bool:
        """``五年累计完成固定资产投资28.6亿元，是“十一五”时期12.4亿元的2.3倍``: the figure is the
        total of the plan's years of the subject of the span total before it; the multiple
        after it is of that total. ``False`` when the plan is not known."""
        years = load_phrases().plans.get(plan)
        if years is None:
            return False
        c = self._new(m, m.claim_start)
        c.indicator, c.name, c.value, c.unit = now.indicator, now.name, m.value, m.unit
        c.first_year, c.year, c.months, c.kind = years[0], years[1], None, "actual"
        c.quals.extend(m.quals)
        self._compared_to[id(c)] = now
        self._basis_of[id(now)] = f"比{plan}时期"
        if not now.link:  # the multiple after is of the two figures, whatever their names
            now.link, now.linked_to = "changed_from", f"#{id(c)}"
        return True

    def _last_years_level(self, m: Mention, words: str, indicator: str) -> bool:
        """``第三产业占生产总值的比重比上年的38.6%提高1.4个百分点``: with no figure of its subject
        printed before (the share now is in a structure), the figure is still last year's level
        of that subject; ``工业总产值较2020年的50.2亿元增长10.2%，达到55.32亿元``: the level of
        the year printed, when it is before the year of the clause. What follows (the growth)
        is of the level printed after."""
        year = self.periods.period(m.start)[0]
        if year is None:
            return False
        printed = _YEAR_BASE.fullmatch(m.compared)
        base = int(printed.group(1)) if printed else year - 1
        if base >= year:
            return False
        c = self._new(m, m.claim_start)
        c.indicator, c.name, c.value, c.unit = indicator, words, m.value, m.unit
        c.year, c.first_year, c.months, c.kind = base, None, None, "actual"
        c.quals.extend(m.quals)
        return True

    def _subject_before_compare(self, m: Mention) -> tuple[str, str]:
        """The words naming a subject right before 比 in the clause of ``m`` (read in a
        window of bounded length), and their indicator in the vocabulary; ``("", "")`` when
        they name none (总量比上年的…, 按可比口径比上年的…)."""
        ph = load_phrases()
        clause = self.layout.clause_start(m.claim_start)
        start = max(clause, m.claim_start - 2 * ph.name_max)
        words = clean_name(self.text[start : m.claim_start])
        if len(words) < 2 or words in ph.level_words or words in ph.raw["growth"]["bases"]:
            return "", ""
        found = wordings_in(words)
        return words, found[-1].indicator if found and found[-1].text == words else ""

    def _named_level_before(self, words: str, indicator: str, m: Mention) -> Claim | None:
        """``畜牧业产值3.62亿元。畜牧业产值比上年的3.35亿元增长8.1%``: the level of the subject
        ``words`` (of ``indicator``) named right before 比, printed earlier in the paragraph in
        the same unit: by its indicator, by its own words, or, for words the vocabulary does
        not know, by the first words of the subject (大豆4.86万亩 for 大豆播种面积). A bare
        measure word (产值) names one of an earlier sentence only when it opens its own."""
        bare = not indicator and words in load_phrases().measure_words  # 产值 alone
        opening = self.text.startswith(words, self.layout.sentence(m.start)[0])
        bare = bare and not opening  # (…实现产值56.8亿元。产值比上年的…: the same output)
        here = self.layout.sentence_index(m.start)
        for c in reversed(self.claims[-_NAMED_LOOKBACK:]):
            if c.mention is None or c.measure != "level" or c.unit != m.unit:
                continue
            if bare and self.layout.sentence_index(c.mention.start) != here:
                continue  # …产值是2015年178.6亿元的2.3倍…。新材料产业…，产值比2014年的…: 产值 of
                # another subject, named in an earlier clause
            if c.name == words or (indicator and c.indicator == indicator):
                return c
            if not indicator and len(c.name) >= 2 and words.startswith(c.name):
                rest, before = words[len(c.name) :], self.layout.sentence(c.mention.start)[0]
                before = self.layout.sentence(max(0, before - 1))[0]  # …。其中，…大豆4.86万亩
                before = max(before, c.mention.start - _REST_LOOK)  # bounded: linear
                if self.text.find(rest, before, c.mention.start) >= 0:
                    return c  # 粮食播种面积…，其中…大豆4.86万亩: 大豆播种面积; not 农业增加值
        return None

    def _listed(self, c: Claim) -> bool:
        """Whether ``c`` is one figure of a 分别 list (of one of the subjects listed)."""
        if c.mention is None:
            return False
        if self.respective and id(c.mention) in self.respective:
            return True
        start = self.layout.phrase_start(c.mention.start)  # 就业率分别为96.8%和96.0%: no
        return self.text.find("分别", start, c.mention.start) >= 0  # subjects of its own

    def _opens_with_sum(self, m: Mention) -> bool:
        """Whether the clause of ``m`` opens with a word of a sum (全乡合计是2019年…的2.1倍)."""
        start = self.layout.phrase_start(m.claim_start)
        head = self.text[start : m.claim_start]
        return any(w in head for w in sum_words())

    def _sum_before(self, listed: Claim) -> Claim | None:
        """The sum printed before the list of ``listed`` in its paragraph (合计75.2万元): the
        last level in its unit, in no list, whose clause holds a word of a sum."""
        assert listed.mention is not None
        for c in reversed(self.claims[-_NAMED_LOOKBACK:]):
            if c.mention is None or c.mention.start >= listed.mention.start:
                continue
            if c.measure != "level" or c.unit != listed.unit or self._listed(c):
                continue
            if self._opens_with_sum(c.mention) or any(w in c.name for w in sum_words()):
                return c
        return None

    def _unlisted_level(self, listed: Claim) -> Claim | None:
        """The level named like the ``listed`` figure, printed before its list in its sentence
        and in no list itself (the whole the listed figures are of); ``None`` if none."""
        assert listed.mention is not None
        s_start = self.layout.sentence(listed.mention.start)[0]
        for c in reversed(self.claims[-_NAMED_LOOKBACK:]):
            if c.mention is None or c.mention.start >= listed.mention.start:
                continue
            if c.mention.start < s_start:
                return None
            same = c.measure == "level" and c.name == listed.name and c.unit == listed.unit
            if same and not self._listed(c):
                return c
        return None

    def _last_in_unit(self, pos: int, unit: str) -> Claim | None:
        """The last level figure printed in ``unit`` before ``pos`` in its sentence, among the
        few before it."""
        s_start = self.layout.sentence(pos)[0]
        for c in itertools.islice(self.index.before(pos), _UNIT_BACK):
            if c.mention is None or c.mention.start < s_start:
                return None
            if c.unit == unit and c.measure == "level" and c.value:
                return self._compared_to.get(id(c), c)  # 较上年的4.77亿元: of 5.36
        return None

    def _last_level(self, pos: int, family: str | None = None) -> Claim | None:
        """The last level figure before ``pos`` in its sentence, outside other parentheticals."""
        c = self.index.last_level(self.layout.paren_of(pos), family, pos)
        if c is None or c.mention is None:
            return None
        same_sentence = self.layout.sentence_index(c.mention.start) == self.layout.sentence_index(
            pos
        )
        return c if same_sentence else None

    def _partner(self, m: Mention) -> Claim | None:
        """The claim of the other end of the range ``m`` closes, if already read."""
        if m.range_with is None or m.range_role != "high":
            return None
        return self.by_mention.get(id(m.range_with))

    def _range_end(self, c: Claim, role: str, of: str = "level") -> Claim | None:
        """The other end of the range whose ``role`` end ``c`` is, a range ``of`` levels or
        growths, when it still lacks what a range printed after it gives: ends are paired
        low with low and high with high (达到A—B，增长8%—10%; 增长6.5%—7%，达到A—B)."""
        m = c.mention
        if m is None or m.range_role != role or m.range_with is None or m.role != of:
            return None
        other = self.by_mention.get(id(m.range_with))
        if other is None or other.measure != "level":
            return None
        missing = not other.growth_pct if of == "level" else not other.value
        return other if missing else None

    def _take_subject(self, c: Claim, source: Claim) -> None:
        c.indicator, c.name = source.indicator, source.name
        c.start = min(c.start, source.start)
        if source.measure == "new":
            c.measure = "new"

    def _last_years_in_brackets(self, m: Mention, ws: int, we: int) -> bool:
        """``办结率96.2%（上年同期为95.8%）``: a bracketed figure whose only words name the year
        before is the figure before the brackets, a year earlier; so is a clause of those
        words after a figure of its sentence (增加值61.35亿元，增长12.6%，上年为54.48亿元).
        Whether ``m`` was read so."""
        words = _LAST_YEAR.fullmatch(self.text, ws, we)
        now = None
        if words is not None:
            if self.layout.paren_of(m.start) is not None:
                now = self._before_paren(m.start)
            else:
                now = self._last_in_sentence(m.claim_start)
        if now is None or now.year is None or now.measure != "level" or now.unit != m.unit:
            return False
        printed = int(words.group("year")) if words.group("year") else None
        if printed is not None and (printed >= now.year or self.layout.paren_of(m.start) is None):
            return False  # （2020年为162.38亿元） after 2022's figure; not a clause of 2020年为
        c = self._new(m, m.start)
        c.indicator, c.name, c.value, c.unit = now.indicator, now.name, m.value, m.unit
        c.year, c.first_year, c.kind = printed or now.year - 1, None, "actual"
        c.months = now.months if "同期" in words.group(0) else None
        c.quals.extend(m.quals)
        c.value_line = self.p.line_at(m.start)
        self.index.valued(c)
        if self.layout.paren_of(m.start) is None:  # …，上年为82.56亿元，下降3.9%: of the figure
            self._compared_to[id(c)] = now
        return True

    def _over_a_span(self, m: Mention) -> bool:
        """Whether the figure a multiple of a plan's years (是“十三五”时期的1.6倍) follows is of
        years too (五年累计完成固定资产投资970.4亿元), not of the last of a list of them."""
        host = self._growth_target(m)
        return host is not None and host.first_year is not None

    def _wider_growth_in_brackets(self, m: Mention) -> bool:
        """``地区生产总值增长8.6%，…，增速高于全省0.5个百分点（全省增长8.1%）``: a growth in
        brackets after the name of a wider place is that place's growth of the figure the
        sentence compares, scoped to the place. Whether ``m`` was read so."""
        paren = self.layout.paren_of(m.start)
        if paren is None or m.role != "growth":
            return False
        place = self._wider_place(self.text[paren[0] + 1 : m.claim_start])
        if not place:
            return False
        grown = [
            c
            for c in reversed(self.claims[-_WIDER_BACK:])
            if c.growth_pct
            and (c.indicator or c.name)
            and not c.scope
            and c.mention is not None
            and c.mention.start < paren[0]
            and self.layout.paren_of(c.mention.start) is None
            and self.layout.sentence_index(c.mention.start) == self.layout.sentence_index(m.start)
        ]
        clause = self.text[self.layout.clause_start(paren[0]) : paren[0]]
        named = [c for c in grown if clause.startswith((c.indicator or c.name, c.name))]
        grown = named or self._grown_named_before(m, paren[0], clause) or grown
        if not grown:
            return False
        own = grown[0]
        assert own.mention is not None
        if self._of_which_before(own.mention.start) and any(
            w in self.text[own.mention.end : paren[0]] for w in load_phrases().economy_totals
        ):  # …，其中第三产业增加值…，经济总量占全市的11.2%，增速高于全市…（全市增长7.9%）: the
            own = self._total_of_which(own) or own  # whole's
        c = self._new(m, m.claim_start)
        c.indicator, c.name, c.scope = own.indicator, own.name, place
        c.year, c.months, c.first_year, c.kind = own.year, own.months, own.first_year, own.kind
        c.growth_pct = negate(m.value) if m.sign == "-" else m.value
        c.growth_basis = m.basis
        c.growth_line = self.p.line_at(m.start)
        c.growth_qualifier = " ".join(m.quals)
        c.quals.extend(m.quals)
        return True

    def _grown_named_before(self, m: Mention, paren_start: int, clause: str) -> list[Claim]:
        """The growths of the sentence before that of ``m`` whose subject opens the clause
        before the brackets (…增长5.8%，…。其中…；地区生产总值增速高于全市平均水平0.9个百分点
        （全市增长4.9%）: of 地区生产总值), nearest first."""
        s_start = self.layout.sentence(m.start)[0]
        if paren_start <= s_start:
            return []
        here = self.layout.sentence_index(m.start)
        return [
            c
            for c in reversed(self.claims[-_NAMED_GROWTH_BACK:])
            if c.growth_pct
            and c.indicator
            and not c.scope
            and c.mention is not None
            and self.layout.sentence_index(c.mention.start) == here - 1
            and clause.startswith((c.indicator, c.name))
        ]

    def _of_which_before(self, pos: int) -> bool:
        """Whether a 其中 stands before ``pos`` in its sentence or the sentence before."""
        k = bisect.bisect_left(self._of_which_at, pos) - 1
        return k >= 0 and self.layout.sentence_index(self._of_which_at[k]) >= (
            self.layout.sentence_index(pos) - 1
        )

    def _total_of_which(self, part: Claim) -> Claim | None:
        """The figure with a growth printed right before the 其中 that ``part`` follows (地区
        生产总值…，增长8.4%，其中…), unscoped; ``None`` when there is none."""
        assert part.mention is not None
        k = bisect.bisect_left(self._of_which_at, part.mention.start) - 1
        if k < 0:
            return None
        at = self._of_which_at[k]
        return next(
            (
                c
                for c in reversed(self.claims)
                if c.mention is not None
                and c.mention.start < at
                and c.growth_pct
                and not c.scope
                and (c.indicator or c.name)
            ),
            None,
        )

    def _converted_in_brackets(self, m: Mention, ws: int, we: int) -> bool:
        """``外贸进出口总额612.5亿元（折合88.8亿美元）``: a bracketed figure whose only words say
        it is converted is the figure before the brackets in another unit. Whether ``m`` was
        read so."""
        if self.layout.paren_of(m.start) is None or not _CONVERTED.fullmatch(self.text, ws, we):
            return False
        now = self._before_paren(m.start)
        if now is None or now.measure != "level" or not now.value or now.unit == m.unit:
            return False
        c = self._new(m, m.start)
        c.indicator, c.name, c.value, c.unit = now.indicator, now.name, m.value, m.unit
        c.year, c.months, c.first_year, c.kind = now.year, now.months, now.first_year, now.kind
        c.quals.extend(m.quals)
        c.value_line = self.p.line_at(m.start)
        c.link, c.linked_to = "same_as", f"#{id(now)}"
        self.index.valued(c)
        return True

    def _before_paren(self, pos: int) -> Claim | None:
        """The claim printed right before the parenthetical that holds ``pos``, which a figure
        there with no subject of its own completes (地区生产总值增长5%—6%（达到643亿元—649
        亿元）, 总数达到612家（增长16.3%））."""
        paren = self.layout.paren_of(pos)
        c = self._figure_before(paren[0]) if paren is not None else None
        if c is None or c.mention is None or c.mention.range_with is not None:
            return None  # a range (增长5%—6%（达到643亿元—649亿元）) pairs its ends: not read
        return c

    def _last_in_sentence(self, pos: int) -> Claim | None:
        s_index = self.layout.sentence_index(pos)
        for c in self.index.in_paren_before(self.layout.paren_of(pos), pos):
            if c.mention is None or self.layout.sentence_index(c.mention.start) != s_index:
                return None
            return c
        return None

    def _last_growing_in_sentence(self, pos: int) -> Claim | None:
        """The last figure of the sentence before ``pos`` that a growth may be of: not a gap
        in points (增速高于全市0.2个百分点；比2018年增长12.0%: the growth of the output)."""
        s_index = self.layout.sentence_index(pos)
        for c in itertools.islice(self.index.in_paren_before(self.layout.paren_of(pos), pos), 8):
            if c.mention is None or self.layout.sentence_index(c.mention.start) != s_index:
                return None
            if unit_family(c.unit) != "points":
                return c
        return None

    def _broken_down_by_time(self, pos: int) -> Claim | None:
        """``社会消费品零售总额128.36亿元，增长6.5%。分季度看，一季度增长3.2%``: in a sentence
        opening with a breakdown by time, the figure of the sentence before whose subject
        the growths are of."""
        start = self.layout.sentence(pos)[0]
        opening = self.text[start : start + _BREAKDOWN_CHARS]
        listed = _periods_listed().match(self.text, start, pos)  # 一季度、上半年、前三季度分别
        if start == 0 or not (opening.startswith(load_phrases().time_breakdown) or listed):
            return None
        before = self._last_growing_in_sentence(start - 1)
        return before if before is not None and (before.indicator or before.name) else None

    def _whole_of(self, subject: _Subject, m: Mention) -> _Subject:
        """``高新技术企业新增120家，总数达到1052家``: 总数 alone names the total of the subject
        of the figure before it in the sentence (of the same unit family)."""
        before = self._last_in_sentence(m.claim_start)
        if before is None or not before.name or before.name in load_phrases().level_words:
            return subject
        if unit_family(before.unit) != unit_family(m.unit):
            return subject
        name = before.name
        for word in load_phrases().new_words:  # 新增…企业5家，总数达到48家: all of them
            name = name.removeprefix(word)
        if before.scope:  # 桂林镇…新增规上工业企业9家，总数达到34家: the town's
            self._scope_of[id(m)] = before.scope
        return _Subject(before.indicator, name, subject.start, subject.end)

    def _shared_head(self, subject: _Subject, m: Mention) -> _Subject:
        """``粮食播种面积58.6万亩，总产量24.36万吨``: a bare measure word whose subject is the
        head of the figure before it in the sentence, when the two make a vocabulary wording
        (粮食 + 总产量). The name stays as printed."""
        if subject.name not in load_phrases().shared_head_measures:
            return subject
        named = self._name_before_paren(subject)
        if named is not None:  # 其中食品加工（含茶叶精制）产值148.62亿元: 食品加工产值
            return named
        before = self._last_in_sentence(m.claim_start)
        if before is None or not before.name or before.mention is None:
            return subject
        if unit_family(before.unit) in ("count", "person"):
            return subject  # 农业龙头企业发展到15家，产值5.6亿元: the firms' output, no total
        if any(mark in self.text[before.mention.end : subject.start] for mark in "；;"):
            return subject  # …330亿元，增长18%；营业收入360亿元: a new item of a list
        for k in range(len(before.name) - 1, 1, -1):
            indicator = wording_indicator(before.name[:k] + subject.name)
            if indicator and fits(indicator, m.unit, m.role):
                return subject._replace(indicator=indicator)
        measures = load_phrases().shared_head_measures
        shared = next((w for w in measures if before.name.endswith(w)), "")
        head = before.name[: -len(shared)] if shared else ""
        if len(head) >= 2 and self.text[before.mention.end : subject.start] == "、":
            return subject._replace(name=head + subject.name)  # 茶叶产量1.26万吨、产值19.84亿元
        area = next((w for w in load_phrases().area_measures if before.name.endswith(w)), "")
        crop = before.name[: -len(area)] if area else ""
        if len(crop) >= 2 and unit_family(before.unit) == "area" and "值" not in subject.name:
            return subject._replace(name=crop + subject.name)  # 猕猴桃种植面积…，产量… (not
        # 产值: the value of what is grown there, whose topic the checks read: see growth.py)
        return subject

    def _across_a_base(self, m: Mention, target: Claim) -> bool:
        """Whether a growth and the level before it stand on two sides of a base clause, so
        that the growth is not the level's: inside it (21486元，在上年增长7.9%的基础上又增长
        8.6%: last year's growth) or after it (在上年186.52亿元的基础上增长7%: the growth of
        what is reached on that base)."""
        base = self.periods.anchor_before(m.start)
        if base is not None and self._is_base_clause(base) and m.start < base.reach:
            return base.year is not None and base.year != target.year
        if target.mention is None:
            return False
        base = self.periods.anchor_before(target.mention.start)
        return (
            base is not None
            and self._is_base_clause(base)
            and target.mention.start < base.reach <= m.start
        )

    def _is_base_clause(self, anchor: Anchor) -> bool:
        """Whether a time phrase opens a base clause (在上年…的基础上), not a clause of last
        year (去年，全镇实现…)."""
        return anchor.origin and anchor.reach > 0 and self.text.endswith("基础上", 0, anchor.reach)

    def _name_before_paren(self, subject: _Subject) -> _Subject | None:
        """A measure word right after a parenthetical (食品加工（含茶叶精制）产值): the words
        before the brackets name what it measures; ``None`` when none do."""
        if not self.text.startswith(("）", ")"), subject.start - 1):
            return None
        low = max(0, subject.start - SCOPE_MAX_CHARS - 1)  # brackets of a scope: a few words
        opening = max(self.text.rfind(b, low, subject.start) for b in "（(")
        if opening < 0:
            return None
        start = self.layout.clause_start(opening)
        words = clean_name(self.text[start:opening])
        if not words:
            return None
        name = words + subject.name
        return _Subject(wording_indicator(name) or "", name, opening - len(words), subject.end)

    def _named_before_brackets(self, ws: int, we: int, m: Mention) -> _Subject | None:
        """``牲畜出栏率（当年出栏数占年初存栏数的比重）达到35.8%``: a figure whose clause opens
        right after brackets, with only a linking word of its own, is of the words before
        them; ``None`` otherwise."""
        if not self.text.startswith(("）", ")"), ws - 1) or clean_name(self.text[ws:we]):
            return None
        paren = self.layout.paren_of(ws - 2)
        if paren is None or paren[0] <= 0:
            return None
        start = self.layout.clause_start(paren[0])
        return self._subject_before(start, paren[0], m.unit, m.role)

    def _rate_of(self, subject: _Subject | None, pos: int) -> _Subject | None:
        """``增速…回升1.8个百分点``: a rate word alone names the growth of the subject before."""
        if subject is None or subject.indicator or subject.name not in load_phrases().rate_words:
            return subject
        before = self._last_in_sentence(pos)
        if before is None or not before.name:
            return subject
        return _Subject(before.indicator, before.name + subject.name, subject.start, subject.end)

    def _level(self, m: Mention, prev: Mention | None) -> None:
        if m.compared and self._compared_level(m):
            return
        if m.start and self.text[m.start - 1] == "的" and self._rate_of_period(m):
            return
        ws, we = self._window(m, prev)
        if self._last_years_in_brackets(m, ws, we) or self._converted_in_brackets(m, ws, we):
            return
        partner = self._partner(m)
        other = None
        if partner is not None:  # 增长6.5%—7%，达到179.2亿元—180.1亿元: the high ends together;
            fall = partner.mention is not None and partner.mention.sign == "-"  # 下降5%—3%…
            other = self._range_end(partner, "high" if fall else "low", "growth")
        if other is not None:
            self._fill_value(other, m)
            return
        subject = None
        listed = self.respective.get(id(m)) if self.respective else None
        counted = self._respective_level(listed) if listed and listed.name else None
        reached = self._reached_before_list(listed) if listed and listed.new else None
        year_whole = self._whole_of_listed_periods(listed, m) if listed is not None else None
        if listed is not None and listed.start < 0 and counted is not None:
            # 其中服装市场14个、…，分别实现交易额186.3亿元、…: 服装市场交易额
            subject = _Subject("", counted.name + listed.name, m.start, m.start)
        elif listed is not None and listed.start < 0 and reached is not None:
            # 风电由…增加到248.5万千瓦，光伏由…增加到215.6万千瓦，分别新增…: new 风电, new 光伏
            subject = _Subject(reached.indicator, reached.name, m.start, m.start)
        elif year_whole is not None:  # 全年楼宇实现税收3.87亿元，一至四季度分别为…: its quarters
            subject = _Subject(year_whole.indicator, year_whole.name, m.start, m.start)
        elif listed is not None and listed.start >= 0:
            indicator = listed.indicator or own_level_indicator(listed.name, self.own_tier())
            subject = _Subject(indicator, listed.name, listed.start, listed.end)
            host = self._valueless_growth(listed, m) if m.role == "level" else None
            if host is not None:  # 分别增长7%和8%，分别达到3.94万元和1.83万元
                self._fill_value(host, m)
                return
        elif partner is None:
            subject = self._among_wider(m) or self._subject_after(m) or self._subject_after_pair(m)
            if subject is not None:
                subject = self._remaining(subject, m)  # 剩余的126户贫困人口
            else:
                subject = self._subject_before(ws, we, m.unit, m.role) or self._plan_named(
                    ws, we, m
                )
            if (
                subject is not None
                and not subject.indicator
                and subject.name in load_phrases().level_words
            ):
                # …增长6%左右，总量达到338亿元左右: the level of that growth; …净增45家、
                # 总数达到256家: the total of that subject; …，总数分别达到1287家和2463家: those
                # of the list before, each its own
                by_list = listed is not None and self._respective_level(listed) is not None
                subject = None if by_list or self._growth_host(m) else self._whole_of(subject, m)
            elif subject is not None and not subject.indicator:
                subject = self._shared_head(subject, m)
        if subject is None and partner is None and m.structure is None and m.role == "level":
            subject = (
                self._subject_of_segment(m, prev)
                or self._named_before_brackets(ws, we, m)
                or self._subject_of_base(m, prev)
            )
            host = self._growth_host(m) if subject is None and not m.compared else None
            fall = host is not None and host.mention is not None and host.mention.sign == "-"
            if host is not None and m.range_role == "low" and not fall:
                host = self._range_end(host, "high", "growth") or host  # the low ends together
            if host is not None:
                self._fill_value(host, m)
                return
            host = self._growth_host(m, any_time=True) if subject is None else None
            if host is not None:  # 前三季度下降8.6%，全年实现236.84亿元: its subject, its own time
                subject = _Subject(host.indicator, host.name, m.start, m.start)
        c = self._new(m, m.start)
        if (
            year_whole is not None
            and subject is not None
            and subject.start == m.start
            and listed is not None
            and listed.months is not None
            and not self._cumulative_list(listed)
        ):
            c.parent_id = f"#{id(year_whole)}"  # its quarters, which add up to it (not 一至四
            c.parent = year_whole.indicator or year_whole.name  # 季度分别累计完成…: to date)
        if partner is not None:
            self._take_subject(c, partner)
        elif subject is not None:
            c.indicator, c.name, c.name_start = subject.indicator, subject.name, subject.start
            outflow = self._outflow_word_before(c) if c.indicator else ""
            if outflow:  # 注销市场主体4361户: those that left the stock, no level of it
                c.indicator, c.name = "", outflow + c.name
                c.name_start -= len(outflow)
            if c.name.startswith("在") and _base_clause_tail().match(self.text, m.end):
                c.name = c.name[1:]  # 在累计租赁飞机1862架的基础上: 在 opens the base clause
            c.start = min(m.start, subject.start, c.name_start)
            c.end = max(c.end, subject.end)
            if c.name.startswith("为") and c.name[1:] in load_phrases().target_words:
                c.name = c.name[1:]  # 为年初预算20.8亿元的102.7%: the budget
            planned = c.name in load_phrases().target_words or (
                _PROGRESS_AFTER.match(self.text, m.end) is not None
                and (
                    (c.name.endswith(_TARGET_ENDS) and self._names_plan_of_last(c.name, m))
                    or self._plan_of_last_measure(c.name, m)
                    or _SET_GOAL.fullmatch(c.name) is not None  # 完成规划确定的2020年目标800
                )  # 亿元的76.6%: the plan of the figure before
            )  # 收购烟叶3.42万担，完成县下达收购计划3.3万担的106.3%: the plan of 收购烟叶
            if not c.indicator and planned and unit_family(m.unit) != "percent":
                self._whole_year_target(c, m)
        elif m.structure is None:
            # 新增A两家、B8家，累计分别达到3家和21家; …，分别比上年增加2188元和1788元
            carried = self._respective_level(listed, changes=m.role == "change")
            if carried is not None and m.role == "change":
                c.link, c.linked_to = "change_of", f"#{id(carried)}"
            elif carried is None:
                carried = self._carry(m, prev)
                base = self.by_mention.get(id(prev)) if prev is not None else None
                if m.role == "change" and base is not None and id(base) in self._compared_to:
                    c.link, c.linked_to = "change_of", f"#{id(carried)}"  # 比上年的A增加D
                    if base.year is not None and not m.basis:  # 比2020年的47860元增加13426元
                        c.growth_basis = f"比{base.year}年"
            if m.role == "change" and carried is None:
                carried = self._per_unit_before(m) or self._before_progress_target(
                    self._last_level(m.start, unit_family(m.unit))
                )
                if carried is not None:  # …退规企业5家，净增9家: a change of the stock (not
                    # 新引进人才6240人，比上年增加1180人: of the new ones over last year's)
                    stock = None if m.basis else self._stock_behind(carried)
                    inflow = None if stock is not None else self._inflow_before(carried)
                    if inflow is not None:  # 新登记市场主体12856户，注销4375户，净增8841户:
                        carried = inflow  # a change of what flowed in and out, its stock
                    else:  # printed later (市场主体总量达到85946户)
                        carried = stock or carried
                        if not self._of_another_time(c, carried, listed):
                            c.link, c.linked_to = "change_of", f"#{id(carried)}"
            if carried is None and m.role == "level":
                carried, whole_year = self._restated(m, ws, we)
                if carried is not None and whole_year:
                    c.months = None
                if carried is None and (
                    self.text[ws:we].strip() in ("", *load_phrases().restate_words)
                ):
                    c.name = self._item_subject(m)  # 商务服务业受…影响，实现3.65亿元
            progress = carried is not None and id(carried) in self._progress_names
            if progress and unit_family(m.unit) == "percent":
                c.name = self._progress_names[id(carried)]  # 完成全年目标125亿元的49.1%
            elif carried is not None:
                c.indicator, c.name = carried.indicator, carried.name
                share = self._share_of_printed_whole(m, prev, carried)
                if share:  # 占全市规模以上工业营业收入6120.5亿元的43.6%: no level of that total
                    c.indicator, c.name = "", share
                if carried.scope and m.role == "level" and carried.unit == m.unit != "%":
                    # 兴江区一般公共预算收入突破30亿元，达到31.6亿元: the district's too
                    self._scope_of.setdefault(id(m), carried.scope)
                if carried.measure == "new" and m.role == "level":  # 新建5G基站…，累计达到…
                    c.name = _without_new_word(c.name)
        if listed is not None and listed.target:  # 分别完成规划目标250亿元、13亿元
            c.kind, c.months = "target", None
        elif listed is not None and listed.progress_of:  # …的101.3%和98.6%
            target = self.by_mention.get(listed.progress_of)
            if target is not None:
                c.link, c.linked_to = "progress_of", f"#{id(target)}"
        if m.structure is not None:
            self._structure(c, m)
        c.value = m.value
        c.unit = m.unit
        if m.role == "change":
            c.measure = "change"
            c.value = negate(m.value) if m.sign == "-" else m.value
            c.growth_basis = m.basis or c.growth_basis
        elif self._net_word_before(c):
            c.measure = "change"
            c.value = negate(m.value) if c.name.startswith("-") else m.value
            c.name = c.name.lstrip("-")
        elif (net := self._net_list_before(c, prev)) is not None:
            c.measure = "change"  # 压减炼铁产能120万吨、炼钢产能165万吨: cut too
            c.value = negate(m.value) if net.value.startswith("-") else m.value
        elif (
            self._new_word_before(c)
            or (listed is not None and listed.new)
            or self._new_list_item(c, prev)
        ):
            c.measure = "new"  # 新增A、B和C分别为2家、9家和23家: all of them new ones
            if not c.name and not c.indicator:
                self._additions_of_level(c, m)
        elif load_phrases().each_bound.search(
            self.text, max(0, m.start - _EACH_BOUND_CHARS), m.start
        ):
            c.measure = "each"  # 12个村集体经济收入均超过20万元: what each village reaches
        elif (held := _HELD_FOR_YEARS.search(self.text, max(0, m.start - 12), m.start)) is not None:
            c.measure = "each"  # 连续十年稳定在100万吨以上: what each of those years reached,
            years = held.group(1)  # no level of this year to add to or take parts of
            n = int(years) if years.isdigit() else int(chinese_to_decimal(years) or 0)
            if c.year is not None and n > 1:
                c.first_year = c.year - n + 1
        elif _MORE_THAN_LAST.match(c.name):  # 比上年多改造8个: how many more, no level
            c.measure, c.growth_basis = "change", c.growth_basis or "比上年"
        self.index.valued(c)
        c.quals.extend(m.quals)
        c.value_line = self.p.line_at(m.start)
        c.base = m.base
        self._named_as_item_before(c, m)
        c.scope = (
            self._scope(m, c) or self._scope_of.get(id(m), "") or self._scope_of_list_before(m)
        )
        if listed is not None and listed.start >= 0 and not self._wider_place(c.scope):
            # 李家村、杨柳村、新华村集体经济收入分别…: each its own place, unless all are of a
            c.scope = self._listed_place(listed) or c.scope  # wider one (从全盟看，城镇、农村…)
        if not c.scope and self.text.startswith("的", m.end):
            c.scope = self._wider_whole(m)
        self._link_range(c, m)
        printed = _YEAR_IN_BASE.match(m.compared) if m.compared else None
        if printed is not None and m.role == "level":  # 重点楼宇税收是2017年4.87亿元的3.0倍
            c.year, c.first_year, c.months, c.kind = int(printed.group(0)), None, None, "actual"

    def _named_as_item_before(self, c: Claim, m: Mention) -> None:
        """``岜泉社区…，集体经济收入32.6万元；…；陇怀村…，收入16.8万元``: a figure named only by
        the last word of the indicator of the same measure in an item before it in its
        sentence, in an item opened by a part of the place, is that indicator's."""
        if c.indicator or not c.name or len(c.name) > _BARE_ITEM_NAME or c.mention is None:
            return
        item = self.layout.item_start(m.start)
        s_start = self.layout.sentence(m.start)[0]
        if item <= s_start or self._place_opening_item(m.start) is None:
            return
        for x in itertools.islice(self.index.before(item), _ITEMS_BACK):
            if x.mention is None or x.mention.start < s_start:
                return
            if x.indicator and x.name.endswith(c.name) and x.unit == c.unit:
                c.indicator, c.name = x.indicator, x.name
                return

    def _place_named_before(self, c: Claim) -> str:
        """The part of the place named right before a figure's name in its clause, after 其中
        if any (其中青岩街道地区生产总值…: 青岩街道), else ``""``."""
        if c.name_start <= 0:
            return ""
        words = _PLACE_LEAD.sub(
            "", self.text[self.layout.clause_start(c.name_start) : c.name_start]
        )
        ph = load_phrases()
        place = ph.sub_place_re.match(words)
        if place is None or words[place.end() :] not in ("", *ph.doing_verbs):
            return ""  # (其中青岩街道实现地区生产总值…: 青岩街道 still)
        return place.group(0) if place.group(0) != self.own_place() else ""

    def _wider_whole(self, m: Mention) -> str:
        """``占全市规上工业产值4703.40亿元的31.6%`` in a district's report: the whole of a share
        of a place wider than the report's own is that place's figure; its scope is the place
        (``全市``)."""
        whole = _WIDER_WHOLE.search(self.text, self.layout.clause_start(m.start), m.start)
        if whole is None or not _SHARE_AFTER.match(self.text, m.end):
            return ""
        return whole.group(1) if wider_than(whole.group(2), self.own_level()) else ""

    def _additions_of_level(self, c: Claim, m: Mention) -> None:
        """``由67家增加到78家，新增11家，增长16.4%``, ``总数达到158家，全年新增46家``: new ones
        with no subject of their own, in the clause after a level of the same unit, are
        additions to that level. They take its subject, and a growth after them is the
        level's."""
        level = self._last_level(m.start, unit_family(m.unit))
        clause = self.layout.clause_start(m.start)
        if (
            level is None
            or level.mention is None
            or unit_family(level.unit) != unit_family(c.unit)  # 2.16万亩，新增三千四百亩
            or level.measure != "level"
            or next(self.index.before(m.start), None) is not level
            or clause <= level.mention.end
            or self.layout.marks_between(level.mention.end, clause - 1)  # the clause before
        ):
            return
        c.indicator, c.name = level.indicator, level.name
        self._additions[id(c)] = level

    def _restated(self, m: Mention, ws: int, we: int) -> tuple[Claim | None, bool]:
        """``突破300亿元，达到312.6亿元``: a figure whose clause holds only a linking word
        (``restate_words``), after a part of the year or not (上半年实现), restates the subject
        of the level figure before it in its sentence, when the units agree; after a 其中, the
        subject of the total before it.

        The flag says the clause names the whole year (``预计全年完成``, ``restate_patterns``):
        the figure is then of the whole year, whatever months the figure before had.
        """
        words, ph = self.text[ws:we].strip(), load_phrases()
        # …1216.8万标准箱，增长6.1%，由2018年的862.5万标准箱增长到…: the figure before's change
        # (…9846元，…，2013年以来由5863元增加到…: since that year, the same subject's)
        origin = _ORIGIN_ONLY.fullmatch(_SPAN_LEAD.sub("", words)) is not None
        part = ph.period_part_re.match(words) or _YEAR_OPENING.match(words)
        if part is not None and words[part.end() :] in ph.restate_words:
            words = words[part.end() :]  # …98.62亿元；上半年实现226.69亿元: of its months
            # (…突破千亿元大关，2022年达到1268.7亿元: of its year)
        whole_year = words not in ph.restate_words and ph.restate.match(words) is not None
        if words not in ph.restate_words and not whole_year and not origin:
            return None, False
        family = unit_family(m.unit)
        before = self._last_level(m.start, family)
        k = bisect.bisect_left(self._of_which_at, m.start) - 1
        if before is not None and before.mention is not None and k >= 0:
            of_which = self._of_which_at[k]
            if before.mention.start > of_which >= self.layout.sentence(m.start)[0]:
                before = self._last_level(of_which, family)  # the total, not its part
        last = self._last_in_sentence(m.start)
        if (
            last is not None
            and last.measure == "change"
            and (last.indicator or last.name)
            and last.mention is not None
            and (before is None or before.mention is None or last.start > before.mention.end)
            and self._in_segment(last, m.start)
        ):  # 城镇化率提高1.2个百分点，达到55.5%: the level of that change's subject
            return last, whole_year
        if before is None and whole_year:  # 社零一季度下降23.6%，…，前三季度下降8.7%；全年完成
            grew = self._last_growing_in_sentence(m.start)  # 432.6亿元: of what grew in parts
            if grew is not None and grew.months and grew.growth_pct and not grew.value:
                return (grew, True) if (grew.indicator or grew.name) else (None, False)
        if before is None or not (before.indicator or before.name):
            return None, False
        held = before.measure == "each" and before.first_year is not None
        if before.measure not in ("level", "new") and not held:  # (连续五年稳定在140万吨以上，
            return None, False  # 2020年达到185.4万吨: that subject's level)
        if self._opens_own_item(before, m):
            return None, False
        return before, whole_year

    def _item_subject(self, m: Mention) -> str:
        """The subject that opens the item of a figure printed with no words of its own but a
        verb, before a clause of cause (商务服务业受部分企业迁出影响，实现3.65亿元), if any."""
        item = self.layout.item_start(m.start)
        clause = self.layout.clause_start(m.claim_start)
        if clause <= item or self.index.any_between(item - 1, m.start):
            return ""
        opening = self.text[item : self.layout.clause_end(item)]
        cause = _CAUSE.search(opening)
        return clean_name(opening[: cause.start()]) if cause is not None else ""

    def _beside_the_whole_place(self, c: Claim) -> bool:
        """Whether the item of ``c`` compares it with the whole place (高于全县平均水平, 比全县
        高…): the figure is then of a part of the place."""
        if c.mention is None:
            return False
        end = min(self.layout.item_end(c.mention.end), c.mention.end + _BESIDE_REACH)
        return _BESIDE_WHOLE_PLACE.search(self.text, c.mention.end, end) is not None

    def _subject_before_cause(self, clause: int) -> str:
        """The subject opening the item of the clause at ``clause`` before a clause of cause
        right before it (批发零售业受疫情冲击较大，实现…), if any; else ``""``."""
        item = self.layout.item_start(clause)
        if item >= clause or self.layout.clause_end(item) + 1 != clause:
            return ""
        opening = self.text[item : self.layout.clause_end(item)]
        cause = _CAUSE.search(opening)
        return clean_name(opening[: cause.start()]) if cause is not None else ""

    def _opens_own_item(self, before: Claim, m: Mention) -> bool:
        """Whether the item of ``m`` starts after ``before`` and opens with words of its own
        (…科技服务业4.92亿元；商务服务业受部分企业迁出影响，实现3.65亿元): ``m`` then restates
        nothing before it."""
        item = self.layout.item_start(m.start)
        if before.mention is None or before.mention.end > item:
            return False
        opening = self.text[item : self.layout.clause_start(m.claim_start)]
        return bool(clean_name(opening))

    def _plan_of_last_measure(self, name: str, m: Mention) -> bool:
        """Whether ``name`` is a plan's word and then the measure the name of the last level
        before it in its unit ends with (重点项目完成投资152.7亿元，完成年度计划投资140.6亿元的
        108.6%: 年度计划 + 投资)."""
        word = next((w for w in _PLAN_OPENINGS if name.startswith(w)), "")
        rest = name[len(word) :]
        if not word or len(rest) < 2:
            return False
        last = self._last_in_unit(m.start, m.unit)
        return last is not None and last.name.endswith(rest)

    def _names_plan_of_last(self, name: str, m: Mention) -> bool:
        """Whether the words of a plan (收购计划) begin like the name of the last level before it
        in its unit (收购烟叶), so that the plan is that figure's (not 脱贫劳动力务工人数…目标
        任务 of 外出务工)."""
        last = self._last_in_unit(m.start, m.unit)
        words = name[: -len(next(e for e in _TARGET_ENDS if name.endswith(e)))]
        return last is not None and len(last.name) >= 2 and words.startswith(last.name[:2])

    def _adjusted_basis(self, m: Mention) -> str:
        """``扣除留抵退税因素后增长12.3%``: the adjustment printed before a growth's verb, its
        basis (no year's printed level is its base); ``""`` when there is none."""
        clause = self.layout.clause_start(m.start)
        found = load_phrases().adjusted_basis.search(self.text, clause, m.claim_start)
        return found.group(0) if found is not None else ""

    def _compared_just_before(self, m: Mention, c: Claim) -> str:
        """``与2015年的25.46亿元相比，旅游总收入增长1.3倍``: the basis of a growth of its own
        subject right after a level it is compared with (比2015年); ``""`` when there is none."""
        if c.value:
            return ""
        base = self._last_in_sentence(m.claim_start)
        if base is None or id(base) not in self._compared_to or base.year is None:
            return ""
        if c.year is None or base.year >= c.year:
            return ""  # …比上年的263.82亿元增长8.6%，上年增长3.6%: that year's own growth
        if (base.indicator, base.name) != (c.indicator, c.name) or not c.name:
            return ""
        clause = self.layout.clause_start(m.start)
        if base.mention is None or base.mention.end > clause:
            return ""
        if not any(
            w in self.text[base.mention.end : clause] for w in load_phrases().compared_after
        ):
            return ""  # (not …比上年的139.02亿元下降2.4%，一季度…分别下降19.6%)
        now = self._compared_to[id(base)]
        if not c.link and (now.year, now.months, now.kind) == (c.year, c.months, c.kind):
            c.linked_to, c.link = f"#{id(now)}", "same_as"  # the growth of the level compared
        return f"比{base.year}年"

    def _basis_of_change_before(self, m: Mention, c: Claim) -> str:
        """``比上年增产0.52亿斤；较2020年增产1.78亿斤，增长8.7%``: a growth right after a change
        of its subject over a year printed (past the one before) is over that year too; ``""``
        when there is none."""
        k = self._mention_at.get(id(m), 0)
        if k < 1 or c.year is None:
            return ""
        prev = self._mentions[k - 1]
        change = self.by_mention.get(id(prev))
        if change is None or change.mention is not prev or change.measure != "change":
            return ""
        year = _PRINTED_BASIS_YEAR.fullmatch(change.growth_basis)
        if year is None or int(year.group(1)) >= c.year - 1:
            return ""
        if (change.indicator, change.name) != (c.indicator, c.name):
            return ""
        between = self.text[prev.end : m.claim_start]
        return f"比{year.group(1)}年" if between in _CHANGE_THEN_GROWTH else ""

    def _stretch(self, target: Claim, m: Mention) -> bool:
        """``达到7.23亿元，增长6%，力争增长8%``: a growth after a stance word that follows a
        target with a growth of its own is a higher target, whose level is not printed."""
        if target.kind != "target" or not target.growth_pct or is_average(m.basis):
            return False  # (确保“十四五”时期年均增长6.0%: the average the level ends)
        between = self.text[target.end : m.start]
        ph = load_phrases()
        return any(s.group(0) not in ph.estimate for s in ph.stance.finditer(between))

    def _total_of_bare_average(self, average: Claim, base: Mention) -> Claim:
        """The figure the base of a multiple printed after an average named only by its
        per-unit word compares (``收入合计186.4万元，村均13.31万元，是2014年44.6万元的4.2倍``):
        the average and the total right before it state one thing twice, and a multiple is of
        a figure above its base, so a base between the two is the total's."""
        if average.mention is None:
            return average
        total = self._last_level(average.mention.start, unit_family(base.unit))
        after = base.end + self.text.startswith(("）", ")"), base.end)
        if (
            total is None
            or total.unit != average.unit
            or load_phrases().multiple_base_after.match(self.text, after) is None
        ):
            return average
        try:
            below = Decimal(average.value) < Decimal(base.value) <= Decimal(total.value)
        except ArithmeticError:
            return average
        return total if below else average

    def _per_unit_before(self, m: Mention) -> Claim | None:
        """``平均单产达到423公斤/亩，比上年提高14公斤``: a change printed in the unit over which
        the level right before it is per unit (公斤 of 公斤/亩) is that level's."""
        last = self._last_in_sentence(m.claim_start)
        if last is None or last.measure != "level" or not last.unit.startswith(f"{m.unit}/"):
            return None
        return last if self._in_segment(last, m.start) else None

    def _plan_named(self, ws: int, we: int, m: Mention) -> _Subject | None:
        """``完成省下达计划8000套的108.0%``: a plan named by words that leave no name once
        cleaned (省下达计划), right before a figure that a progress rate follows."""
        if m.role != "level" or _PROGRESS_AFTER.match(self.text, m.end) is None:
            return None
        words = self.text[ws:we].rstrip()
        word = max(
            (w for w in load_phrases().target_words if words.endswith(w)), key=len, default=""
        )
        return _Subject("", word, we - len(word), we) if word else None

    def _whole_year_target(self, c: Claim, m: Mention) -> None:
        """``1-6月完成工业总产值61.35亿元，完成全年目标125亿元的49.1%``: the figure named only
        目标 is the whole-year target of the figure before it in its sentence."""
        actual = self._last_level(m.start, unit_family(m.unit))
        if actual is not None and actual.unit != m.unit:  # 改造21个，涉及居民3846户，…任务18个
            actual = self._last_in_unit(m.start, m.unit) or actual
        if actual is None or not (actual.indicator or actual.name) or actual.kind != "actual":
            return
        k = bisect.bisect_left(self._of_which_at, m.start) - 1
        if k >= 0 and actual.mention is not None:  # 拆除违建38620平方米，其中…、地面违建…，完成
            of_which = self._of_which_at[k]  # 区下达任务35000平方米的110.3%: of the total, when
            parts = [  # the parts are a list (其中街道级税收…，完成全年目标…: of that part)
                x
                for x in itertools.islice(self.index.between(of_which, m.start), _PARTS_BACK)
                if x.measure == "level" and unit_family(x.unit) == unit_family(m.unit)
            ]
            if len(parts) > 1 and of_which >= self.layout.item_start(actual.mention.start):
                actual = self._last_level(of_which, unit_family(m.unit)) or actual
        self._progress_names[id(c)] = clean_name(
            self.text[self.layout.clause_start(c.start) : m.start]
        )
        c.indicator, c.name = actual.indicator, actual.name
        words = self.text[self.layout.clause_start(c.start) : m.start]
        printed = _YEAR_BASE.search(words)  # 规划确定的2020年目标800亿元: a later year's goal
        later = printed is not None and actual.year is not None and c.year is not None
        year = c.year if later and c.year > actual.year else actual.year
        c.year, c.months, c.kind = year, None, "target"

    def _whole_of_listed_periods(self, listed: Respective, m: Mention) -> Claim | None:
        """The figure right before a list of periods that names no subject: of the year, for
        its parts of the year (全年楼宇实现税收3.87亿元，一至四季度分别为a、b、c和d), or of a
        later year, for the years listed before it (…提高到2024年的612.8亿元，其中2021年至
        2023年分别为…); what they are figures of. ``None`` for other lists, or when the figure
        before is of another time or unit."""
        if m.role != "level":
            return None
        whole = self._last_in_sentence(listed.first)
        if whole is None and listed.months is not None:  # …全年口岸进出口总额86.4亿元，其中…。
            whole = self._year_total_before(listed, m)  # 分季度看，一至四季度分别完成…
        if whole is None or not whole.value or whole.months is not None or whole.first_year:
            return None
        if whole.measure != "level" or whole.unit != m.unit:
            return None
        if (
            listed.name
            and not whole.name.startswith(listed.name)
            and (not listed.indicator or listed.indicator != whole.indicator)
        ):
            return None  # (一至四季度进出口总额分别为…, 受理群众诉求…，一至四季度分别受理…: of
            # that total, named again)
        if listed.months is None and (listed.year < 0 or whole.year is None):
            return None
        last_listed = listed.year + listed.size - 1 - listed.position
        if listed.months is None and whole.year <= last_listed:
            return None  # (…到2024年的612.8亿元，其中2021年至2023年分别为…: the years before)
        return whole if whole.indicator or whole.name else None

    def _year_total_before(self, listed: Respective, m: Mention) -> Claim | None:
        """The total of the year in the unit of ``m`` printed in the sentence before a list of
        parts of the year that opens its own (…全年口岸进出口总额86.4亿元，其中出口…。分季度看，
        一至四季度分别完成…): the one such figure before the 其中 of that sentence, if any."""
        start = self.layout.sentence(listed.first)[0]
        opening = self.text[start : listed.first]
        if len(opening) > _QUARTERS_OPENING_CHARS or not listed.size:
            return None  # (the list must open its sentence, past a cue such as 分季度看)
        year = self.periods.span(listed.first)[0] if self.periods is not None else None
        before = self.layout.sentence(max(0, start - 1))[0]
        k = bisect.bisect_left(self._of_which_at, before)
        of_which = self._of_which_at[k] if k < len(self._of_which_at) else start
        found = [
            c
            for c in itertools.islice(self.index.before(start), _YEAR_TOTAL_BACK)
            if c.mention is not None
            and before <= c.mention.start < min(of_which, start)
            and (c.unit, c.measure, c.year, c.months, c.first_year)
            == (m.unit, "level", year, None, None)
            and c.value
            and not self._changed_later(c)  # (由上年的152.60亿元增长到158.86亿元: 158.86)
        ]
        if len(found) != 1 or found[0].mention is None:
            return None  # (the one total before its 其中)
        clause = self.text[
            self.layout.clause_start(found[0].mention.start) : found[0].mention.start
        ]
        if any(w in clause for w in sum_words()):
            return None  # (上述五个行业合计实现税收…: the sum of some, not the year's total)
        return found[0]

    def _changed_later(self, c: Claim) -> bool:
        """Whether ``c`` is the earlier value of a change to the next figure in its clause
        (由上年的152.60亿元增长到158.86亿元: 152.60), before the changes are linked."""
        assert c.mention is not None
        k = self._mention_at.get(id(c.mention), -1)
        if k < 0 or k + 1 >= len(self._mentions):
            return False
        later = self._mentions[k + 1]
        return later.to_level and self.layout.clause_start(later.start) <= c.mention.start

    def _end_around_years_listed(self, item: Claim, average: bool) -> Claim | None:
        """The figure of a later year printed right before a list of the years before it
        (从2020年的289.4亿元提高到2024年的612.8亿元，其中2021年至2023年分别为…，年均增长
        20.6%; 2023年…达到52.3万吨，2020年至2022年分别为…，比上年增长2.3%): a growth after the
        list is of that figure, not of the list's last year (an ``average`` one only when the
        figure ends a change); ``None`` when ``item`` is not the last figure of such a list."""
        listed = self.respective.get(id(item.mention)) if self.respective and item.mention else None
        if listed is None or listed.months is not None or listed.position != listed.size - 1:
            return None
        end = self._whole_of_listed_periods(listed, item.mention) if item.mention else None
        if end is None or end.link not in ("", "changed_from") or end.mention is None:
            return None
        if not average:
            return None if end.growth_pct else end
        return end if end.mention.to_level else None

    def _cumulative_list(self, listed: Respective) -> bool:
        """Whether the words of a list's clause before its first figure say its figures run
        from the start of the year (一至四季度分别累计完成…, 截至各季度末): to date, not parts."""
        words = self.text[self.layout.clause_start(listed.first) : listed.first]
        return any(w in words for w in load_phrases().to_date_words)

    def _valueless_growth(self, listed: Respective, m: Mention) -> Claim | None:
        """The growth of the subject of ``listed`` stated without a value in the list just
        before (…分别增长7%和8%，分别达到…), if any: the claims of the two lists only are
        looked at, so that a paragraph of endless lists stays linear."""
        if listed.months is not None or listed.years_back >= 0 or listed.year >= 0:
            return None  # 2021年至2025年，…分别为: figures of their own years
        s_start = self.layout.sentence(m.start)[0]
        for c in reversed(self.claims[-(2 * listed.size + 2) :]):
            if c.mention is None or c.mention.start < s_start:
                return None
            if c.name == listed.name and not c.value and c.growth_pct:
                return c if fits(c.indicator, m.unit, "level") else None
        return None

    def _growth_host(self, m: Mention, any_time: bool = False) -> Claim | None:
        """``工农业总产值增长7%左右，力争达到62.7亿元``: a figure with no subject of its own
        right after a growth with none completes that claim. The growth's subject is an
        indicator (whose unit must fit) or only words of the report (园区企业营业收入); the
        figure must be of the growth's time (前三季度下降8.6%，全年实现236.84亿元 is not),
        unless ``any_time``, which only finds the subject to take."""
        host = self._last_in_sentence(m.start) or self._before_paren(m.start)
        if host is None or host.value or not host.growth_pct or not (host.indicator or host.name):
            return None
        if not self._in_segment(host, m.start):
            return None
        if host.indicator and not fits(host.indicator, m.unit, "level"):
            return None
        assert self.periods is not None
        year, months, first_year = self.periods.span(m.start)
        if any_time or (year, months, first_year) == (host.year, host.months, host.first_year):
            return host
        if _average_to(host, year, months):
            return host  # 年均增长6%，到2030年达到398亿元: the average runs to that level
        return None  # 前三季度下降8.6%，全年实现236.84亿元: the whole year's, not of 1—9月

    def _fill_value(self, host: Claim, m: Mention) -> None:
        assert self.periods is not None
        year, months, first_year = self.periods.span(m.start)
        if (host.first_year is not None and first_year is None and not host.value) or (
            _average_to(host, year, months)
        ):
            # “十三五”期间，产值年均增长8%，2020年达到127亿元: the level is of 2020.
            host.year, host.months, host.first_year = year, months, None
        host.value, host.unit = m.value, m.unit
        self.index.valued(host)
        host.value_line = self.p.line_at(m.start)
        stance = self.periods.stance(m.start)
        host.quals.extend([stance, *m.quals] if stance else m.quals)
        host.end = max(host.end, m.end)
        self.by_mention[id(m)] = host

    def _link_range(self, c: Claim, m: Mention) -> None:
        if m.range_with is None:
            return
        other = self.by_mention.get(id(m.range_with))
        if other is None or other is c:
            return
        c.link, c.linked_to = f"range_{m.range_role}", f"#{id(other)}"
        if not other.link:
            other.link, other.linked_to = f"range_{m.range_with.range_role}", f"#{id(c)}"

    def _net_word_before(self, c: Claim) -> bool:
        """``全年净增规上工业企业87家``: a net change of the subject after 净增 (whose name then
        loses the word; a decrease, 净减少, marks it with a leading minus for the caller)."""
        ph = load_phrases()
        words = ph.net_words
        ahead = self.text[max(0, c.name_start - 4) : c.name_start] if c.name_start >= 0 else ""
        if ph.net_re.search(c.name) is None and ph.net_re.search(ahead) is None:
            return False  # the cheap test first: no such word anywhere near
        if c.indicator and c.name_start >= 2:
            before = self.text[max(0, c.name_start - 4) : c.name_start]
            word = next((w for w in words if before.endswith(w)), None)
            if word is not None:
                c.name = ("-" if "减" in word else "") + c.name
                return True
        for word in words:
            at = c.name.find(word)
            if at >= 0 and not c.name[:at].strip():
                c.name = ("-" if "减" in word else "") + c.name[at + len(word) :]
                return bool(c.name.lstrip("-"))
        return False

    def _net_list_before(self, c: Claim, prev: Mention | None) -> Claim | None:
        """The net change a figure is listed after with 、 and no verb of its own (压减炼铁产能
        120万吨、炼钢产能165万吨): it shares that word, so it is a net change too."""
        before = self.by_mention.get(id(prev)) if prev is not None else None
        if before is None or before.measure != "change" or prev is None or c.name_start < 0:
            return None
        if not load_phrases().net_re.search(self.text, max(0, before.start - 4), before.start + 4):
            return None  # (a change by a verb of its own: 增加3家、…)
        between = self.text[prev.end : c.name_start]
        if between not in _LIST_MARKS or unit_family(before.unit) != unit_family(c.unit):
            return None
        return before

    def _latest_end_year_before(self, pos: int) -> int | None:
        """The latest year a change ran to (增加到2020年的…) in the paragraph before ``pos``."""
        if self._printed_years is None:  # once per paragraph: positions and running maxima
            ends, latest, top = [], [], 0
            for hit in _END_YEAR.finditer(self.text):
                top = max(top, int(hit.group(1)))
                ends.append(hit.end())
                latest.append(top)
            self._printed_years = (ends, latest)
        ends, latest = self._printed_years
        k = bisect.bisect_right(ends, pos)
        return latest[k - 1] if k else None

    def _new_list_item(self, c: Claim, prev: Mention | None) -> bool:
        """``新增国家级“小巨人”企业两家、省级专精特新中小企业8家``: an item of a list after a
        figure of new ones counts new ones too."""
        before = self.by_mention.get(id(prev)) if prev is not None else None
        if before is None or before.measure != "new" or before.mention is not prev:
            return False
        if c.name_start <= prev.end or self.text[prev.end : c.name_start] != "、":
            return False
        ph = load_phrases()
        if any(w in c.name for w in ph.stock_words):
            return False  # 新增市场主体1200户、实有市场主体2.3万户: a stock
        if any(
            w in self.text[c.name_start : c.mention.start if c.mention else c.start]
            for w in ph.span_levels
        ):
            return False  # …、规上工业企业总数达到120家: the level reached
        return not c.name.startswith(ph.not_new_items)  # 退出47家: no new ones

    def _end_unprinted(self, earlier: Claim, m: Mention) -> bool:
        """Whether ``earlier`` is the level a change runs from whose later level is printed
        with no figure before ``m`` (由2014年的18.6%降至零，下降18.6个百分点)."""
        if earlier.mention is None:
            return False
        between = self.text[earlier.mention.end : m.start]
        if any(ch.isdigit() for ch in between) or not self._runs_from(earlier):
            return False
        verb = load_phrases().change_to  # (a pattern of words ending where it is searched)
        first = re.split(r"[，,；;。]", between, maxsplit=1)[0]
        return any(verb.search(first, 0, end) for end in range(2, len(first) + 1))

    def _runs_from(self, earlier: Claim) -> bool:
        """Whether ``earlier`` is printed after 由 or 从 in its clause (由2014年的18.6%)."""
        assert earlier.mention is not None
        clause = self.layout.clause_start(earlier.mention.start)
        words = self.text[clause : earlier.mention.start]
        return any(w in words for w in load_phrases().change_from)

    def _outflow_word_before(self, c: Claim) -> str:
        """The word of those that leave a stock printed right before the subject's words in
        its clause (注销 of 注销市场主体, 退出 of 退出规上工业企业), else ``""``."""
        if c.name_start < 2:
            return ""
        start = max(self.layout.clause_start(c.name_start), c.name_start - 4)
        words = self.text[start : c.name_start]
        return next((w for w in load_phrases().outflow_words if words.endswith(w)), "")

    def _new_word_before(self, c: Claim) -> bool:
        """Whether the subject is printed as an addition (新增, 新登记 … before its words, or
        after them: 高新技术企业新增120家, whose name then loses the word)."""
        words = load_phrases().new_words
        m = c.mention
        if m is not None and c.name_start >= m.end and self._new_before_figure(m):
            return True  # 新增12家规上企业, 培育8家合作社: the noun after the figure
        rest = _without_new_word(c.name)
        if (
            rest != c.name
            and unit_family(c.unit) == "money"
            and rest.lstrip("和、及").startswith(load_phrases().not_new_items)
        ):
            return False  # 新建扩建项目投资38.6亿元: the money of a kind of project
        if c.name.endswith(words) and not c.indicator:
            c.name = c.name[: -len(next(w for w in words if c.name.endswith(w)))]
            return True
        if c.indicator and c.name_start >= 2:
            start = c.name_start
            owners = load_phrases().owner_kinds
            for _ in range(2):  # 新登记民营市场主体, 新培育规模以上涉海工业企业: of a kind
                kind = next((k for k in owners if self.text.endswith(k, 0, start)), "")
                start -= len(kind)
            return self.text.endswith(words, max(0, start - 4), start)
        ph = load_phrases()  # 新开火锅门店620家: the ones opened in the year, new ones too
        opened = c.name.startswith(ph.opened_words) and not c.name.startswith(ph.not_opened_words)
        return c.name.startswith(words) or opened

    def _new_before_figure(self, m: Mention) -> bool:
        """Whether the words right before the number of ``m`` (past a qualifier: 新增约12家)
        say it counts new ones: a new word or a verb of new ones (培育12家规上企业)."""
        ph = load_phrases()
        before = self.text[max(0, m.start - _NEW_VERB_CHARS) : m.start]
        before = ph.qual_before.sub("", before)
        return before.endswith((*ph.new_words, *ph.opened_words, *ph.new_verbs_before_count))

    def _structure(self, c: Claim, m: Mention) -> None:
        """A component of ``a:b:c``: named after the structure, indicator from the vocabulary."""
        first = m.structure
        assert first is not None
        head = self.by_mention.get(id(first)) if first is not m else None
        if head is None:
            ws = max(self.layout.clause_start(m.start), m.start - STRUCTURE_NAME_MAX_CHARS)
            window = _DIGITS.sub("", self.text[ws : m.start])
            words = wordings_in(window)
            name = clean_name(window)
            for verb in ("调整为", "优化为", "变为", "为", "是"):
                name = name.removesuffix(verb)
            c.name = words[-1].text if words else name
            c.parent = words[-1].indicator if words else c.name
            previous = self._previous_structure(m)
            if previous is not None:
                c.link, c.linked_to = "changed_from", f"#{id(previous)}"
                self._shift_earlier_structure(previous, c)
                self.changed_structures.append((previous, c))
                if c.first_year is not None and (previous.year or c.first_year) < c.first_year:
                    c.first_year = None  # 五年来，…由2015年的A:B:C调整为D:E:F: D:E:F in 2020
            source = c
        else:
            source = head
            c.link, c.linked_to = "structure", f"#{id(head)}"
            c.start = head.start
            if head.link == "changed_from" and head.first_year is None and c.year == head.year:
                c.first_year = None  # the other components of the structure, alike
        position = len(self.structure_parts[id(first)]) - 1
        entry = vocabulary().get(source.parent)
        c.name, c.parent = source.name, source.parent
        c.indicator = (
            entry.components[position] if entry and position < len(entry.components) else ""
        )

    def _previous_structure(self, m: Mention) -> Claim | None:
        """The head of a structure printed just before ``m`` (由 a:b:c 调整为 d:e:f)."""
        ph = load_phrases()
        for i in range(len(self.claims) - 2, -1, -1):  # the claims before the last one
            c = self.claims[i]
            cm = c.mention
            if cm is None or cm.structure is None:
                return None
            if cm.structure is cm:
                verb = self.text[self._structure_end(c) : m.start]
                return c if ph.change_to.search(verb) else None
        return None

    def _structure_end(self, head: Claim) -> int:
        assert head.mention is not None
        return max(x.mention.end for x in self.structure_parts[id(head.mention)] if x.mention)

    def _compared_growth_in_brackets(self, m: Mention) -> bool:
        """``下降5.2%，降幅比上半年（下降8.8%）收窄3.6个百分点``: a growth in brackets right
        after the part of the year a growth is compared with is the growth of that part of
        the year, of the subject of the growth before it. Whether ``m`` was read so."""
        paren = self.layout.paren_of(m.start)
        bare = not m.verb and unit_family(m.unit) == "percent"  # no 增长 nor 下降 printed
        if paren is None or not (m.role == "growth" or (m.role == "level" and bare)):
            return False
        if self.text[paren[0] + 1 : m.claim_start]:
            return False
        compared = _compared_part().search(self.text, max(0, paren[0] - 12), paren[0])
        if compared is None:
            return False
        own = self._last_growing_in_sentence(paren[0])
        if own is None or not own.growth_pct or not (own.indicator or own.name):
            return False
        c = self._new(m, m.claim_start)
        c.indicator, c.name = own.indicator, own.name
        c.year, c.months = own.year, period_months(compared.group(1))
        word = self.text[max(0, compared.start() - 2) : compared.start()]
        falls = m.sign == "-" or (bare and RATE_WORDS.get(word, 1) < 0)  # 降幅比上半年（8.8%）
        c.growth_pct = negate(m.value) if falls else m.value
        c.growth_line = self.p.line_at(m.start)
        return True

    def _shift_earlier_structure(self, earlier: Claim, later: Claim) -> None:
        if earlier.year and earlier.year == later.year and not later.months:
            before = self.text[max(0, earlier.mention.start - 8) : earlier.mention.start]
            if any(w in before for w in ("由", "从")) and not self.periods.anchor_before(
                earlier.mention.start, floor=earlier.mention.start - 8
            ):
                year = earlier.year - 1
                for x in self.structure_parts[id(earlier.mention)]:
                    x.year = year

    def _growth(self, m: Mention, prev: Mention | None) -> None:
        if self._wider_growth_in_brackets(m) or self._compared_growth_in_brackets(m):
            return
        if self.text.endswith(_SIGNED_RATE_OF_PERIOD, 0, m.start) and self._rate_of_period(m):
            return  # 增速比一季度的下降12.6%提高20.9个百分点: that quarter's growth
        if m.multiple and m.basis.endswith(("时期", "期间")) and not self._over_a_span(m):
            m.verb, m.multiple, m.role, m.basis = "", False, "level", ""  # a multiple with
            self._level(m, prev)  # no figure of years before it: as printed (1.6 倍)
            return
        growth = m.value
        if m.multiple:
            growth = multiple_to_percent(m.value)
        elif m.unit == "倍":
            growth = times_to_percent(m.value)
        elif m.unit == TENTHS_QUALIFIER:  # 压缩四成: 40%
            growth = tenths_to_percent(m.value)
        if m.sign == "-":
            growth = negate(growth)
        ws, we = self._window(m, prev)
        partner = self._partner(m)
        subject = None
        listed = self.respective.get(id(m)) if self.respective else None
        target = self._respective_level(listed)
        grown = self._respective_level(listed, changes=True) if target is None else None
        if listed is not None and listed.start >= 0:
            subject = _Subject(listed.indicator, listed.name, listed.start, listed.end)
        elif grown is not None and grown.growth_pct and self._own_basis(m):
            # …分别增长39.2%、43.0%；与2021年相比，分别增长20.2%、22.0%: another growth of
            # each level of the list, over another time
            subject = _Subject(grown.indicator, grown.name, m.start, m.start)
        elif partner is None and target is None:
            subject = self._subject_before(ws, we, m.unit, "growth")
            subject = self._rate_of(subject, m.claim_start)
            if subject is not None and subject.name in load_phrases().compared_after:
                subject = None  # 与2019年的142.63亿元相比增长30.7%: of the level compared
            elif (
                subject is not None
                and not subject.indicator
                and subject.name in load_phrases().level_words
            ):  # 由2020年的105.6亿元增加到286.4亿元，规模是2020年的3.2倍: of the level before
                subject = None
        if target is None and subject is None and partner is None and is_average(m.basis):
            multiple = self._multiple_before(m)
            if multiple is not None:  # 产值是2015年178.6亿元的2.3倍，三年年均增长32.2%: of the
                subject = _Subject(multiple.indicator, multiple.name, m.start, m.start)  # output
        if target is None and subject is None and partner is None:
            base = self._base_alone(m)
            if base is not None:  # 全年完工台数比上年的42台增长61.9%: of 完工台数, not of a
                subject = _Subject(base.indicator, base.name, m.start, m.start)  # level before
        if target is None and subject is None and partner is None:
            target = self._growth_target(m)
            if target is not None:
                target = self._compared_to.get(id(target), target)
            else:  # 总数达到612家（增长16.3%）
                target = self._before_paren(m.start)
        if target is not None and subject is None:
            target = self._end_around_years_listed(target, is_average(m.basis)) or target
        # 1369.9万—1395.2万人次，增长8%—10%: low with low, high with high; 控制在95万吨—97万吨，
        # 下降3%—5%: the smaller fall with the higher level
        fall = m.sign == "-"
        if target is not None and m.range_role == "low" and not fall:
            target = self._range_end(target, "high") or target
        elif partner is not None and m.range_role == "high":
            other = self._range_end(partner, "high" if fall else "low")
            if other is not None:  # the other end of the levels
                target, partner = other, None
        own_time = target is not None and self._growth_of_own_time(m, target, listed)
        if not own_time and target is not None and subject is None:
            own_time = self._across_a_base(m, target)
        if own_time:  # …增加到2017年的B，2016年增长3.6%: that year's growth of B's subject
            assert target is not None
            grew = self._last_growing_in_sentence(m.start)  # …上半年降幅收窄至1.1%，…前三季度
            if (  # 增长2.4%: of what grew before it, not of the figure before that
                grew is not None
                and not grew.value
                and grew.growth_pct
                and grew.mention is not None
                and target.mention is not None
                and grew.mention.start > target.mention.start
            ):
                target = grew
            subject, target = _Subject(target.indicator, target.name, m.start, m.start), None
        if target is not None and not target.growth_pct and target.measure != "change":
            c = target
            if m.range_with is not None:  # 增长6%—7%: the other end links to this claim
                self.by_mention[id(m)] = c
        else:
            c = self._new(m, m.claim_start)
            if partner is not None:
                self._take_subject(c, partner)
            elif subject is not None:
                c.indicator, c.name, c.name_start = subject.indicator, subject.name, subject.start
                c.start = min(c.start, subject.start)
            elif target is not None:
                c.indicator, c.name = target.indicator, target.name
                same_time = (c.year, c.months) == (target.year, target.months) or c.year is None
                if same_time and c.kind == target.kind and not self._stretch(target, m):
                    # not 在上年增长3.9%的基础上, nor 完成; 省下达的下降10%的目标
                    c.linked_to, c.link = f"#{id(target)}", "same_as"
                if id(target) in self._basis_of and not m.basis:
                    self._basis_of[id(c)] = self._basis_of.pop(id(target))
            else:
                named = self._subject_of_segment(m, prev)
                before = self._last_growing_in_sentence(m.start) if named is None else None
                if named is None and before is None:
                    before = self._broken_down_by_time(m.start)
                if named is not None:
                    c.indicator, c.name = named.indicator, named.name
                elif before is not None:  # 一季度地区生产总值下降8.7%；上半年下降3.2%
                    c.indicator, c.name = before.indicator, before.name
        c.growth_pct = growth
        c.growth_basis = (
            m.basis
            or self._basis_of.get(id(c), "")
            or self._compared_just_before(m, c)
            or self._basis_of_change_before(m, c)
            or self._adjusted_basis(m)
        )
        wider = _WIDER_GROWTH.fullmatch(self.text, self.layout.clause_start(m.start), m.start)
        if wider and not c.scope and wider_than(wider.group(2), self.own_level()):
            c.scope = wider.group(1)  # …增长10.2%，同期全省增长9.5%: the province's growth
            if c.link == "same_as":  # （全国增长5.2%，全省增长6.1%）: not a second growth of
                c.link, c.linked_to = "", ""  # the figure before the brackets
        compared = self.periods.compared_year(m.start, item=True) if not c.growth_basis else None
        if compared is not None and c.year is not None and compared < c.year:
            c.growth_basis = f"比{compared}年"  # 与疫情前的2019年相比，…增长24.9%: over 2019
        if not c.growth_basis and self.text.endswith(_SPAN_GROWTH, 0, m.start):
            c.growth_basis = "累计"  # 四年累计增长21.1%: over the years of the span, not one
        self._over_years(c, m)
        c.growth_line = self.p.line_at(m.start)
        if not c.scope and listed is not None and listed.start >= 0 and c.mention is m:
            c.scope = self._listed_wider(listed)  # 全区、全镇…分别增长4.2%和5.8%
            place = self._listed_place(listed)  # 霞溪村、后垵村…分别增长…: each village's
            c.scope = c.scope or (place if not c.name.startswith(place) else "")  # (not 农村牧区
            # 常住居民人均可支配收入: a name)
        if not c.scope and c.mention is m:
            c.scope = self._sub_area(c)  # 园区规上工业增加值增长7.6%: the park's growth
        if not c.scope and c.mention is m:
            c.scope = self._scope_of_list_before(m)  # 五区…分别增长9.3%、8.1%…: each district's
            if c.scope and c.link == "same_as":  # own growth, no second one of the city's
                c.link, c.linked_to = "", ""
        ph = load_phrases()
        if (  # 新港湾街道…，商品销售额增长31.2%: the street's (not 带动全县限额以上…: the county's)
            not c.scope
            and c.mention is m
            and not c.indicator
            and c.name
            and WHOLE_PLACE.search(c.name) is None
        ):
            place = self._sub_area(c, any_name=True)
            named = ph.sub_place_re.fullmatch(place) and not place.endswith("地区")  # 单位地区
            c.scope = place if named and not ph.sub_place_re.match(c.name) else ""  # (not 南区)
        c.growth_qualifier = " ".join(m.quals)
        c.quals.extend(m.quals)
        c.end = max(c.end, m.end)
        self._link_range(c, m)

    def _growth_of_own_time(self, m: Mention, target: Claim, listed: Respective | None) -> bool:
        """Whether a growth with no subject of its own is of another time than the figure it
        would belong to: a time printed between them (…增加到2017年的12.86万吨，2016年增长
        3.6%), or a list of years (前两年分别增长9.5%和9.3%)."""
        if listed is not None and (listed.years_back >= 0 or listed.year >= 0):
            return True
        if listed is not None and listed.period_at >= 0:  # 2016年、2017年和2018年分别增长…
            year, months, _ = self.periods.span(listed.period_at)
            changed = target.mention is not None and target.mention.to_level  # 由2015年的A增加
            return changed or (year, months) != (target.year, target.months)  # 到B: over years
        if target.mention is None or self.periods is None or m.basis in load_phrases().average:
            return False  # 2016年增长3.6%，两年年均增长4.1%: the average is of the level's years
        anchor = self.periods.anchor_before(m.claim_start, floor=target.mention.end)
        if anchor is None or anchor.origin:
            return False
        if anchor.year is None and anchor.months is None and not target.months:
            # 586家企业…，增加值一季度下降18.2%，上半年下降6.5%，全年增长2.3%: the year of the
            # growths of parts of it printed after the figure, not the figure's
            between = self.index.between(target.mention.end, anchor.start)
            return any(  # (not 增加值236.84亿元，一季度、上半年…分别增长…，全年增长8.2%: its own)
                x.months
                and x.growth_pct
                and not x.value
                and (x.indicator, x.name) != (target.indicator, target.name)
                for x in between
            )
        if anchor.year is None and anchor.months is not None:  # 前三季度增长2.4% after a
            return anchor.months != target.months  # figure of the year: a growth of its own
        return anchor.year is not None and (anchor.year, anchor.months) != (
            target.year,
            target.months,
        )

    def _over_years(self, c: Claim, m: Mention) -> None:
        """A growth over several years.

        An average annual growth (年均增长) gets the basis ``年均``, after the years it runs
        over when they are known (``2016..2020年均``): those of the claim's span, else of a
        span phrase before the growth, else the number of years its word says (两年平均); a
        figure of some months keeps that word (``两年平均``).
        Any other growth of a span with no figure of its own (“十三五”期间，产值翻了一番)
        compares the last year of the span with the year before its first: it becomes a
        growth of that last year over that base (``比2015年``), as printed for one year.
        """
        assert self.periods is not None
        average = load_phrases().average
        if m.basis in average:
            last, _, first = self.periods.span(m.start)
            earlier = self._earlier_end(c)
            if last is not None and c.year is not None and last != c.year and earlier is not None:
                # 从2020年的A提高到2024年的B，其中2021年至2023年分别为…，年均增长: from A's year
                last, first = c.year, earlier.year + 1 if earlier.year is not None else None
            if c.first_year is not None and c.year is not None:
                first, last = c.first_year, c.year
            elif first is None and c.kind == "target" and (plan := self._plan_of_headings()):
                if plan[1] == c.year and not c.months and not self._own_span_said(m):
                    first, last = plan  # 二、“十三五”时期主要目标…：到2020年…，年均增长6.3%左右:
                    # over the plan's five years (not 今后四年…比2016年增长…，年均增长…)
            elif first is None and average[m.basis] and c.year is not None and not c.months:
                first, last = c.year - average[m.basis] + 1, c.year
            elif first is None and c.year is not None and (since := self._compared_before(c)):
                first, last = since + 1, c.year  # 是2015年的1.4倍，年均增长8.8%: since 2015
            if first is not None and last is not None and first < last and not c.months:
                c.growth_basis = f"{first}..{last}{AVERAGE_BASIS}"
            elif average[m.basis] and c.months:  # 1—11月…两年平均增长: its years as printed
                c.growth_basis = m.basis
            else:
                c.growth_basis = AVERAGE_BASIS
        elif c.first_year is not None and not c.value and not m.basis and c.year is not None:
            c.growth_basis = f"比{c.first_year - 1}年"
            c.first_year = None

    def _compared_before(self, c: Claim) -> int | None:
        """The year the growth printed right before ``c`` in its sentence, of the same subject
        and year, compares with (是2015年的1.4倍，年均增长8.8%: 2015), else ``None``."""
        m = c.mention
        if m is None:
            return None
        last = next(iter(self.index.before(m.start)), None)
        if last is None or last.mention is None or not last.growth_pct:
            return None
        if last.mention.start < self.layout.sentence(m.start)[0] or last.year != c.year:
            return None
        if (last.indicator, last.name) != (c.indicator, c.name) or last.months:
            return None
        printed = _BASIS_YEAR.fullmatch(last.growth_basis)
        return int(printed.group(1)) if printed is not None else None

    def _earlier_end(self, c: Claim) -> Claim | None:
        """The earlier end of the change whose later end ``c`` is (从2020年的289.4亿元提高到
        2024年的612.8亿元: 289.4), printed right before it; ``None`` otherwise."""
        m = c.mention
        if m is None or not m.to_level or c.year is None:
            return None
        for x in itertools.islice(self.index.before(m.start), 2):
            if x.name == c.name and x.year is not None and x.year < c.year and x.mention:
                return x if not x.mention.to_level else None
        return None

    def _multiple_before(self, m: Mention) -> Claim | None:
        """The multiple printed right before ``m`` in its sentence with no level of its own (产值
        是2015年178.6亿元的2.3倍): what an average growth after it is of; else ``None``."""
        last = self.claims[-1] if self.claims else None
        if last is None or last.value or not last.growth_pct or last.mention is None:
            return None
        if not last.growth_basis.startswith("比") or not last.mention.multiple:
            return None
        same = self.layout.sentence_index(last.mention.start) == self.layout.sentence_index(m.start)
        return last if same and (last.indicator or last.name) else None

    def _own_span_said(self, m: Mention) -> bool:
        """Whether the sentence of ``m`` says the years a growth runs over itself (比2016年,
        今后四年, 未来五年)."""
        start, end = self.layout.sentence(m.start)
        return _OWN_SPAN.search(self.text, start, end) is not None

    def _plan_of_headings(self) -> tuple[int, int] | None:
        """The years of a five-year plan a heading of the paragraph's section names (二、“十三五”
        时期主要目标和2017年工作安排), if any."""
        ph = load_phrases()
        for title in reversed(self.p.section):
            found = ph.plan_name.search(title)
            if found is not None:
                return ph.plans.get(found.group("plan"))
        return None

    def _base_alone(self, m: Mention) -> Claim | None:
        """The level compared with right before a growth in its sentence (比上年的42台), when
        no level of now was found for it: the growth is of that base's subject."""
        last = self.claims[-1] if self.claims else None
        if last is None or last.mention is None or not last.mention.compared:
            return None
        if id(last) in self._compared_to:
            return None
        if self.layout.sentence_index(last.mention.start) != self.layout.sentence_index(m.start):
            return None
        year = self.periods.period(m.start)[0]
        if year is None or last.year is None or last.year >= year:
            return None  # 工业总产值较2017年的50.2亿元增长10.2% in 2017: no base of before
        return last if last.name and last.mention.end <= m.start else None

    def _growth_target(self, m: Mention) -> Claim | None:
        """The last figure a growth with no subject of its own belongs to.

        A per-cent share of another quantity (``占…的51.0%``) is passed over: the growth after
        it belongs to the figure before it.
        """
        last = self.claims[-1] if self.claims else None
        if (
            last is not None
            and id(last) in self._compared_to
            and last.mention is not None
            and self.layout.sentence_index(last.mention.start)
            == self.layout.sentence_index(m.start)
        ):
            return last  # 畜牧业产值比上年的3.35亿元增长8.1%: of the level compared
        if (
            last is not None
            and last.link == "change_of"
            and unit_family(last.unit) != "points"  # 占…47.9%，比上年提高2.1个百分点，比2021年增长
            and last.mention is not None
            and self.text[last.mention.end : m.claim_start].strip("、，, ") == ""
        ):  # …，比上年的41.26亿元增加2.82亿元、增长6.8%: of the level that changed
            changed = self._by_ref(last.linked_to)
            if changed is not None:
                return changed
        found = self._last_level(m.start)
        while (
            found is not None
            and found.mention is not None
            and (self._is_share(found) or unit_family(found.unit) == "points")
        ):  # …占…的51.0%, 增速高于全市0.2个百分点: no figure that grows
            found = self._last_level(found.mention.start)
        found = self._before_progress_target(found)
        if found is not None and id(found) in self._additions:
            found = self._additions[id(found)]  # …新增11家，增长16.4%: the level's growth
        elif found is not None and found.mention is not None:
            end = found.mention.end
            net = itertools.takewhile(lambda x: x.start >= end, self.index.before(m.start))
            changes = [x for x in itertools.islice(net, 4) if x.measure == "change"]
            if changes:
                found = self._stock_behind(found) or found  # 退规企业5家，净增9家，增长10.3%
                found = self._pair_of_change(found, changes[0])
        if found is not None:
            return found if self._in_segment(found, m.start) else None
        s_start = self.layout.sentence(m.start)[0]
        if self.layout.clause_start(m.claim_start) <= s_start and s_start > 0:
            return self._last_level(s_start - 1)
        return None

    def _before_progress_target(self, found: Claim | None) -> Claim | None:
        """``2186万元，完成年度任务2000万元的109.3%，比上年增加166万元``: a target whose
        progress rate follows it grows no more than the goal does; the level before it does."""
        if found is None or found.mention is None:
            return found
        if _PROGRESS_AFTER.match(self.text, found.mention.end) is None:
            return found
        before = self._last_level(found.mention.start, unit_family(found.unit))
        return before if before is not None and before.name == found.name else found

    def _pair_of_change(self, level: Claim, change: Claim) -> Claim:
        """``386户612人，比上年减少23户，下降5.6%``: of a pair of levels in two units printed
        together, the one in the unit of the change before the growth, which the growth is
        of; ``level`` when there is none."""
        family = unit_family(change.unit)
        if level.mention is None or unit_family(level.unit) == family:
            return level
        pair = self._last_level(level.mention.start, family)
        if (
            pair is None
            or pair.mention is None
            or self.layout.marks_between(pair.mention.end, level.mention.start)
        ):
            return level
        return pair

    def _in_segment(self, c: Claim, pos: int) -> bool:
        """Whether the figure of ``c`` stands in the semicolon item of ``pos``: a figure
        without a subject never takes one from another item (``…分别增长7%和3%；税收收入实现
        正增长，力争达到2.3亿元``)."""
        return c.mention is not None and c.mention.start >= self.layout.item_start(pos)

    def _subject_of_segment(self, m: Mention, prev: Mention | None) -> _Subject | None:
        """The subject a figure with none in its own clause takes from an earlier clause of
        its item that names one without a figure (``税收收入实现正增长，力争达到2.3亿元``):
        the last vocabulary wording after the figure before it, when it fits the unit."""
        start = self.layout.item_start(m.start)
        if prev is not None and prev.end > start:
            start = prev.end
        end = self.layout.clause_start(m.claim_start)
        if end <= start:
            return None
        paren = self.layout.paren_of(m.start)
        for w in reversed(wordings_in(self.text, start, end)):
            if self.layout.shielded(w.start) or self.layout.paren_of(w.start) != paren:
                continue  # 农村居民人均可支配收入（2013年以前为农民人均纯收入）由…: not in brackets
            if prev is not None and w.start == prev.end:
                return None  # 推动126家规上工业企业实施…改造，累计达到318家: what 126 counts
            if fits(w.indicator, m.unit, m.role):
                return _Subject(w.indicator, w.text, w.start, w.end)
        return None

    def _subject_of_base(self, m: Mention, prev: Mention | None) -> _Subject | None:
        """``地方一般公共预算收入以2021年1.386亿元为基数，力争达到14,690万元``: a figure with no
        subject right after the clause of the base it starts from takes the base's subject."""
        base = self.by_mention.get(id(prev)) if prev is not None else None
        if base is None or not base.name or base.unit is None:
            return None
        if unit_family(base.unit) != unit_family(m.unit):
            return None
        between = self.text[prev.end : self.layout.clause_start(m.claim_start)]
        if _base_clause_tail().fullmatch(between) is None:
            return None
        return _Subject(base.indicator, base.name, base.name_start, base.name_start)

    def _is_share(self, c: Claim) -> bool:
        """Whether ``c`` is a per-cent figure (or a multiple) stated as a share of another
        quantity (``占…的51.0%``, ``是全省平均水平的1.1倍``)."""
        if c.mention is None or unit_family(c.unit) not in ("percent", "ratio"):
            return False
        at = c.mention.claim_start
        return load_phrases().share.search(self.text[self.layout.clause_start(at) : at]) is not None

    def _inflow_before(self, outflow: Claim) -> Claim | None:
        """The last figure of new ones (measure ``new``) in the outflow's unit printed before
        an outflow named by a flow word in its sentence (新登记市场主体12856户，注销4375户),
        not a part of them after 其中; ``None`` when there is none."""
        ph = load_phrases()
        if outflow.mention is None or not outflow.name.startswith(ph.flow_words):
            return None
        s_start = self.layout.sentence(outflow.mention.start)[0]
        for c in self.index.before(outflow.mention.start):
            if c.mention is None or c.mention.start < s_start:
                return None
            if c.measure == "new" and c.unit == outflow.unit and (c.indicator or c.name):
                if self._of_which_part(c):
                    continue  # 新登记市场主体12856户，其中企业3000户；注销…: a part of them
                return c
        return None

    def _own_basis(self, m: Mention) -> bool:
        """Whether a growth states what it is over: printed with it (两年平均, 比2019年) or by
        a comparison opening its item (与2021年相比，…)."""
        return bool(m.basis) or self.periods.compared_year(m.start, item=True) is not None

    def _respective_level(self, listed: Respective | None, changes: bool = False) -> Claim | None:
        """The level figure a growth or change of a 分别 list without subjects belongs to
        (``…分别为A和B，分别增长a%和b%``): the list's place among the level figures just
        before it in its sentence (after its last 其中), when there are as many of them, or
        when the last ones of that count share a unit family that the one before them has
        not. ``None`` otherwise (and for a figure not of such a list). Levels that state a
        growth take no growth of a list, but do take its ``changes`` (…增长5.6%；…增长8.1%；
        分别比上年增加2188元和1788元)."""
        if listed is None or listed.start >= 0:
            return None
        key = (listed.first, changes)
        if key not in self._respective_levels:
            self._respective_levels[key] = self._levels_before_list(listed, changes)
        levels = self._respective_levels[key]
        return levels[listed.position] if levels is not None else None

    def _reached_before_list(self, listed: Respective) -> Claim | None:
        """The level reached (由A增加到B: B) whose place among those printed just before the
        list in its sentence is the place of ``listed`` in it, when there are as many; else
        ``None``."""
        reached = [
            c
            for c in self._before_in_sentence(listed.first, 2 * listed.size + 2)
            if c.mention is not None and c.mention.to_level and c.value
        ]
        if len(reached) < listed.size:
            return None
        chosen = reached[: listed.size][::-1]  # nearest first: back in the order printed
        return chosen[listed.position]

    def _levels_before_list(self, listed: Respective, changes: bool) -> list[Claim] | None:
        pos = listed.first
        s_start = self.layout.sentence(pos)[0]
        k = bisect.bisect_left(self._of_which_at, pos) - 1
        floor = max(s_start, self._of_which_at[k] if k >= 0 else 0)
        levels: list[Claim] = []
        for c in self.index.in_paren_before(self.layout.paren_of(pos), pos):
            if c.mention is None or c.mention.start < floor:
                break
            m = c.mention
            if self._changed_right_after(m, levels[-1].mention if levels else None):
                continue  # 由8起下降到6起，…由3人下降到2人，分别下降25%和33.3%: of 6 and 2
            words = self.text[self.layout.clause_start(m.start) : m.start]
            if words in load_phrases().sum_after and c.value:
                continue  # A、B、C分别实现营业收入…，合计752.9亿元；分别实现税收…: past the sum
            if c.value and c.measure != "change" and m.structure is None:
                levels.append(c)
                if len(levels) > listed.size:
                    break
        size = listed.size
        if len(levels) < size:
            return None
        chosen = levels[:size]
        if (
            len(levels) > size
            and not self._one_list(chosen)
            and not levels[size].growth_pct
            and not self._own_clause(chosen, levels[size])
            and not self._reached_apart(chosen, levels[size])
        ):
            family = unit_family(chosen[0].unit)
            if any(unit_family(c.unit) != family for c in chosen) or (
                unit_family(levels[size].unit) == family
            ):
                return None
        if not changes and any(c.growth_pct for c in chosen):
            return None
        return chosen[::-1]

    def _reached_apart(self, chosen: list[Claim], before: Claim) -> bool:
        """Whether the figures ``chosen`` are all levels reached by changes (由A提高到B，由C
        提高到D，分别提高…) and the figure ``before`` them is none: they are the list's."""
        return all(c.mention is not None and c.mention.to_level for c in chosen) and not (
            before.mention is not None and before.mention.to_level
        )

    def _changed_right_after(self, m: Mention, after: Mention | None) -> bool:
        """Whether ``m`` is the earlier end of a change whose new level ``after`` follows it
        in its clause (由8起下降到6起: 8)."""
        return (
            after is not None
            and after.to_level
            and not m.to_level  # (…增加到29856元和10472元: two levels reached)
            and after.start > m.end
            and not self.layout.marks_between(m.end, after.start)
        )

    def _own_clause(self, chosen: list[Claim], before: Claim) -> bool:
        """Whether the figures ``chosen`` (nearest first) share one clause that the figure
        ``before`` them is not in (…两个，全年接待游客836.4万人次、实现旅游综合收入62.8亿元，
        分别增长11.8%和14.2%): they are then the list the 分别 speaks of."""
        assert before.mention is not None
        first, last = chosen[-1].mention, chosen[0].mention
        if first is None or last is None:
            return False
        return not _COMMA.search(self.text, first.start, last.start) and bool(
            _COMMA.search(self.text, before.mention.end, first.start)
        )

    def _one_list(self, claims: list[Claim]) -> bool:
        """Whether ``claims`` are all the figures of one 分别 list with subjects."""
        lists = {
            (r.first, r.size) if r is not None and r.start >= 0 else None
            for r in (self.respective.get(id(c.mention)) for c in claims)
        }
        return len(lists) == 1 and None not in lists and next(iter(lists))[1] == len(claims)

    def _points(self, m: Mention, prev: Mention | None) -> None:
        """A change in percentage points: of the rate before it, or of its own subject."""
        if self._rate_over_period(m):
            return
        listed = self.respective.get(id(m)) if self.respective else None
        listed_rate = self._respective_level(listed)
        if listed is not None and listed.start >= 0:
            subject = _Subject(listed.indicator, listed.name, listed.start, listed.end)
        elif listed_rate is not None:
            subject = None
        else:
            ws, we = self._window(m, prev)
            subject = self._subject_before(ws, we, m.unit, "change")
        c = self._new(m, m.claim_start)
        if listed is None:
            subject = self._rate_of(subject, m.claim_start)
        c.measure = "change"
        c.value = negate(m.value) if m.sign == "-" else m.value
        c.unit = m.unit
        self.index.valued(c)
        c.growth_basis = m.basis or self._basis_of_compared(c, prev)
        c.value_line = self.p.line_at(m.start)
        c.quals.extend(m.quals)
        if subject is not None:
            c.indicator, c.name, c.name_start = subject.indicator, subject.name, subject.start
            c.start = min(c.start, subject.start)
            return
        compared = self.by_mention.get(id(prev)) if prev is not None else None
        carried = self._compared_to.get(id(compared)) if self._carry(m, prev) else None
        if carried is not None and (carried.unit != "%" or carried.measure != "level"):
            carried = None  # 就业率比上年的95.1%提高1.5个百分点: of the rate 95.1 is compared
            # with, whichever rate is printed last before it
        rate = listed_rate or carried or self._last_level(m.start, "percent")
        if rate is not None and rate is not listed_rate and self._end_unprinted(rate, m):
            c.indicator, c.name = rate.indicator, rate.name  # 由2014年的18.6%降至零，下降
            return  # 18.6个百分点: of the rate's level not printed as a figure
        if rate is not None:
            c.indicator, c.name = rate.indicator, rate.name
            c.link, c.linked_to = "change_of", f"#{id(rate)}"

    def _rate_over_period(self, m: Mention) -> bool:
        """``下降4.6%，降幅比一季度收窄33.6个百分点``, ``增速较上半年回落1.2个百分点``: a change
        in points of the growth before it in its sentence against that subject's growth in an
        earlier part of the year (the period named after 比, or each period of a list with
        分别, whose figures follow this one). The claim links to the growth
        (``rate_change_of``); its basis names the period compared with (比一季度). Whether
        ``m`` was read so."""
        listed = self._rate_items.pop(id(m), None)
        if listed is not None:
            now, word, when = listed
        else:
            low = max(self.layout.sentence(m.start)[0], m.start - _RATE_OVER_CHARS)
            comma = max(self.text.rfind(mark, low, m.start) for mark in "，,；;")
            over = _rate_over().search(self.text, max(low, comma + 1), m.start)  # past 、
            now = self._growth_now(over) if over is not None else None
            if over is None or now is None or not now.growth_pct or now.mention is None:
                return False
            # 比前三季度加快1.3个百分点: the rate word is implied by the verb
            word = over.group("word") or ("降幅" if m.verb in _FALL_VERBS else "增速")
            whens = re.split(r"[、和及]", over.group("when"))
            each = over.group("each") or "分别" in self.text[over.end() : m.start]
            if len(whens) == 1 and each:
                return False  # 固定资产投资…，社零…，增速分别比上半年加快1.2和0.8: subjects
            if len(whens) > 1 and not self._list_of_rates(m, now, word, whens[1:]):
                return False
            when = whens[0]
        c = self._new(m, m.claim_start)
        c.year, c.months, c.first_year, c.kind = now.year, now.months, now.first_year, now.kind
        c.indicator, c.name = "", (now.name or now.indicator) + word
        c.measure = "change"
        c.value = negate(m.value) if m.sign == "-" else m.value
        c.unit = m.unit
        c.growth_basis = f"比{when}"
        c.link, c.linked_to = "rate_change_of", f"#{id(now)}"
        c.value_line = self.p.line_at(m.start)
        c.quals.extend(m.quals)
        self.index.valued(c)
        return True

    def _growth_now(self, over: re.Match[str]) -> Claim | None:
        """The growth a change in points of a rate compares: the last one of its sentence of
        the subject named before the rate word (民间投资降幅比…: 民间投资's), or of the time
        printed there (…前三季度增长3.9%，全年增速比一季度加快0.9个百分点: the year's); never
        an average over years (两年平均)."""
        own = (
            over.group("own")
            or self._own_time_before(over.start())
            or self._own_time_opening(over.start())
        )
        months = None if own in (None, "全年") else period_months(own)
        s_start = self.layout.sentence(over.start())[0]
        named = self._named_before_rate(over)
        level = self._level_before_rate(over) if own is None and not named else None
        if level is not None:  # 上半年完成地区生产总值612.35亿元，增速比一季度加快…: the
            own, months = "level", level.months  # growth of that level's months
            named = level.indicator or level.name
        if own and not named:  # 一季度、上半年分别增长5.6%、5.9%，全年增速较一季度…: of the
            named = self._subject_of_listed_times(over.start())  # subject the times are of
        found: list[Claim] = []
        for c in itertools.islice(self.index.before(over.start()), _RATES_BACK):
            if c.mention is None or (c.mention.start < s_start and not (own and named)):
                break  # (全年出口增速比一季度…: the year's growth of 出口, before too)
            if not c.growth_pct or unit_family(c.unit) == "points":
                continue
            if AVERAGE_BASIS in c.growth_basis or c.growth_basis in load_phrases().average:
                continue  # …两年平均增长11.3%；全年增速比…: the year's own growth
            since = _BASIS_YEAR.fullmatch(c.growth_basis)
            if since is not None and c.year is not None and int(since.group(1)) < c.year - 1:
                continue  # …增长3.2%，比2020年增长12.4%；…全年增速比…: over two years
            if named and named not in (c.name, c.indicator, wording_indicator(c.name)):
                continue  # 规上工业增加值增速比前三季度…: not the 高技术制造业's growth before
            if own is None or c.months == months:
                found.append(c)
                if own is not None:
                    break
        # the growth printed last, which may be that of a level printed before the others
        # (规上工业增加值…，一季度、上半年…分别增长…，全年增长6.6%，增速比一季度…: 6.6)
        return max(found, key=lambda c: c.end, default=None)

    def _level_before_rate(self, over: re.Match[str]) -> Claim | None:
        """The level of a part of the year, with no growth of its own, printed in the clause
        right before a rate compared (一季度、上半年…分别增长…，上半年完成地区生产总值612.35亿元，
        增速比一季度加快0.7个百分点): the rate is its growth's; ``None`` when there is none."""
        last = next(iter(self.index.before(over.start())), None)
        if last is None or last.mention is None or last.growth_pct or not last.value:
            return None
        if last.months is None or not (last.indicator or last.name) or last.measure != "level":
            return None
        if unit_family(last.unit) in ("percent", "points"):
            return None  # 办结率98.2%，比1—6月提高0.6个百分点: the rate's own change
        clause = self.layout.clause_start(over.start())
        if last.mention.start < self.layout.clause_start(max(0, clause - 1)):
            return None
        return last

    def _own_time_before(self, pos: int) -> str | None:
        """The time of the comparison before this one in its clause, joined by 、 (全年比前三季度
        加快0.2个百分点、比上半年提高0.4个百分点: 全年 for both)."""
        if not self.text.endswith(("、", "，比", "、比"), max(0, pos - 2), pos + 1):
            return None
        start = self.layout.phrase_start(pos)
        last = None
        for hit in _rate_over_owner().finditer(self.text, start, pos):
            last = hit
        return last.group("own") if last is not None else None

    def _subject_of_listed_times(self, pos: int) -> str:
        """The subject of the growths of a list of parts of the year opening the sentence of
        ``pos`` (一季度、上半年、前三季度分别增长…), when it has one; else ``""``."""
        start = self.layout.sentence(pos)[0]
        if not _periods_listed().match(self.text, start, pos):
            return ""
        last = self._last_growing_in_sentence(pos)
        return (last.indicator or last.name) if last is not None and last.growth_pct else ""

    def _own_time_opening(self, pos: int) -> str | None:
        """The time that opens the clause of a rate compared before the rate's subject
        (全年出口增速比一季度回落…: 全年), if any."""
        start = self.layout.clause_start(pos)
        opening = _rate_time_opening().match(self.text, start, pos)
        return opening.group(1) if opening is not None else None

    def _named_before_rate(self, over: re.Match[str]) -> str:
        """The subject named before a rate word in its clause (民间投资 of 民间投资降幅比…), as
        its indicator when it is a wording of one; ``""`` when none is named."""
        start = self.layout.clause_start(over.start())
        words = clean_name(self.text[start : over.start("word") if over.group("word") else start])
        return wording_indicator(words) or words

    def _list_of_rates(self, m: Mention, now: Claim, word: str, whens: list[str]) -> bool:
        """``降幅比一季度、上半年、前三季度分别收窄33.6、15.0、5.2个百分点``: the figures listed
        after ``m``, one for each later period, are read as ``m`` is (whether there are
        as many)."""
        at = self._mention_at.get(id(m), -1)
        items = self._mentions[at + 1 : at + 1 + len(whens)]
        each = (
            "分别" in self.text[m.claim_start : m.start]
            or "分别" in self.text[max(0, m.start - 30) : m.start]
        )
        if at < 0 or len(items) != len(whens) or not each:
            return False
        ends = [m, *items]
        if any(len(self.text[a.end : b.start]) > 1 for a, b in itertools.pairwise(ends)):
            return False  # not one list
        if any(unit_family(x.unit) != "points" for x in items):
            return False
        for x, when in zip(items, whens, strict=True):
            x.role, x.sign, x.verb = m.role, m.sign, m.verb
            self._rate_items[id(x)] = (now, word, when)
        return True

    def _rate_of_period(self, m: Mention) -> bool:
        """``降幅比一季度的42.5%收窄37.2个百分点``: the rate printed after 比 and a part of the
        year is the growth of the subject of the growth before it in that part (a decline for
        降幅). Whether ``m`` was read so."""
        if unit_family(m.unit) != "percent":
            return False
        signed = next((w for w in _SIGNED_RATE_OF_PERIOD if self.text.endswith(w, 0, m.start)), "")
        if not signed and not self.text.startswith("的", m.start - 1):
            return False
        of = m.start - len(signed) if signed else m.start - 1  # at 的
        over = _rate_over().match(self.text, self._rate_word_at(m.start), of)
        now = self._growth_now(over) if over is not None and over.group("word") else None
        if over is None or now is None or not now.growth_pct or now.year is None:
            return False
        months = period_months(over.group("when"))
        if months is None:
            return False
        c = self._new(m, m.start)
        c.indicator, c.name = now.indicator, now.name
        c.year, c.months, c.first_year, c.kind = now.year, months, None, now.kind
        falls = RATE_WORDS[over.group("word")] < 0 or bool(signed and m.sign == "-")
        c.growth_pct = negate(m.value) if falls else m.value
        c.growth_line = self.p.line_at(m.start)
        return True

    def _rate_word_at(self, pos: int) -> int:
        """Where the rate word (降幅, 增速) of ``…降幅比一季度的`` before ``pos`` starts."""
        found = [self.text.rfind(w, max(0, pos - 24), pos) for w in RATE_WORDS]
        return max(0, max(found))

    def _basis_of_compared(self, c: Claim, prev: Mention | None) -> str:
        """``比2020年的2.40%提高0.46个百分点``: a change right after a level it is compared with
        is over that level's year (empty when that is the year before, the default)."""
        base = self.by_mention.get(id(prev)) if prev is not None else None
        if base is None or id(base) not in self._compared_to or base.year is None:
            return ""
        return f"比{base.year}年" if c.year is not None and base.year < c.year - 1 else ""

    def _scope(self, m: Mention, c: Claim) -> str:
        """A parenthetical that narrows the figure: right after it, or before it in its clause."""
        s_start = self.layout.sentence(m.start)[0]
        seen = _SEEN_FROM.match(self.text, s_start)  # 从全盟看，城镇…收入分别为…: the league's
        if seen is not None and wider_than(seen.group(2), self.own_level()):
            return seen.group(1)
        among = _AMONG.match(self.text, max(s_start, self.layout.item_start(m.start)))
        if among is not None and among.end() <= m.start:  # 127家规上工业企业中，有高新技术企业
            # 49家: of those firms, not all of the place's (but 14个镇街中，…，其中青岩街道地区
            # 生产总值达到152.3亿元: of the one named)
            return self._place_named_before(c) or among.group(1) + "中"
        if c.name_start > 0:  # 金融业、信息服务业两个行业合计实现税收103.52亿元: their sum
            clause = self.layout.clause_start(c.name_start)  # (bounded: linear on a clause
            start = max(clause, c.name_start - _GROUP_SUM_CHARS)  # that never ends)
            group = GROUP_SUM.search(self.text, start, c.name_start)
            if group is not None:
                return group.group(0)
        if c.indicator and c.name_start > 0:  # （全区完成区级税收27.2亿元）: the district's
            start = self.layout.clause_start(c.name_start)
            paren = self.layout.paren_of(c.name_start)
            if paren is not None:
                start = max(start, paren[0] + 1)
            wider = self._wider_place(self.text[start : c.name_start])
            opening = _WIDER_OPENING.match(self.text, start, c.name_start)
            if not wider and opening and wider_than(opening.group(2), self.own_level()):
                wider = opening.group(1)  # 同期全省城镇和农村…收入分别为…: all of the list's
            if wider:
                return wider
        paren = self.layout.paren_at(m.end)
        if paren is not None and paren[1] - paren[0] <= SCOPE_MAX_CHARS:
            inner = self.text[paren[0] + 1 : paren[1] - 1]
            if all(u in load_units() for u in re.split("[、，,/]", inner)):
                return ""  # 牲畜存栏64.38万头（只）: the measure words it counts in, no scope
            found = find_mentions(inner)
            inside = [x for x in found if x.unit and x.role == "level"]
            if not any(unit_family(x.unit) == unit_family(m.unit) for x in inside) and not any(
                x.role != "level" for x in found
            ):  # （增长16.3%） is the figure's growth, no scope
                return inner
        ws = self.layout.phrase_start(m.start)
        if c.name_start >= 0:
            ws = min(ws, c.name_start)
        plain = self.layout.first_plain_paren(ws, m.start)
        if plain is not None:
            place = load_phrases().sub_place_re.match(self.text[ws : plain[1]])
            if place is not None and place.end() in (plain[0] - ws, plain[1] - ws):
                # 市区（三区）, 全市五个县（市）: the place and its brackets
                return self.text[ws : plain[1]]
            if not PLACE_ALTERNATIVE.match(self.text, max(0, plain[0] - 1), plain[1]):
                return self.text[plain[0] + 1 : plain[1] - 1]  # (村（社区）均: no scope)
        sub = self._sub_area(c)
        if not sub and c.indicator and c.name_start > 0:
            sub = self._wider_sentence(c.name_start)  # 过去一年，全区完成…，区级税收38.42亿元
        return sub

    @cached_property
    def _holidays(self) -> tuple[list[int], list[re.Match[str]]]:
        """The holidays and other parts of the year named in the paragraph (国庆假期), by end."""
        found = list(load_phrases().sub_period_re.finditer(self.text))
        return [m.end() for m in found], found

    def _holiday_before(self, pos: int) -> re.Match[str] | None:
        """The holiday a figure at ``pos`` is of: named in its clause, or opening its sentence
        with no 全年 between (2022年国庆假期，全镇接待游客…; not …其中国庆假期接待游客12万人次，
        全年实现旅游总收入…)."""
        ends, found = self._holidays
        k = bisect.bisect_right(ends, pos) - 1
        s_start = self.layout.sentence(pos)[0]
        if k < 0 or found[k].start() < s_start:
            return None
        holiday = found[k]
        if holiday.start() >= self.layout.clause_start(pos):
            return holiday
        item = max(s_start, self.layout.item_start(pos))  # …；2023年春节假期，全镇接待游客…
        clause = self.layout.clause_start(holiday.start())
        opening = clause == item
        # …量质齐升，春节黄金周期间，接待游客…: a clause of the holiday alone, right before
        alone = (
            clause == holiday.start()
            and _HOLIDAY_CLAUSE_END.match(self.text, holiday.end()) is not None
        )
        if not (opening or alone):
            return None
        return holiday if not any_between(self._wider_times, holiday.end(), pos) else None

    @cached_property
    def _wider_times(self) -> list[int]:
        """Where the paragraph names a time wider than a holiday (全年, 今年以来, 1—10月)."""
        return [m.start() for m in _wider_time().finditer(self.text)]

    @cached_property
    def _whole_place_words(self) -> list[int]:
        """Where the paragraph names the whole place (全乡, 全县, 我镇)."""
        return [m.start() for m in _WHOLE_PLACE_WORD.finditer(self.text)]

    def _whole_place_between(self, start: int, end: int, place: str) -> bool:
        """Whether a word for a whole place stands in ``[start, end)``, other than the whole
        of ``place`` itself (石门村…，全村…: the village's own)."""
        positions = self._whole_place_words
        k = bisect.bisect_left(positions, start)
        for i in range(k, min(len(positions), k + _WHOLE_PLACE_LOOK)):  # a few: stay linear
            if positions[i] >= end:
                break
            at = positions[i]
            if self.text[at + 1] == place[-1]:
                continue
            if self.text.endswith("占", 0, at) and "的" in self.text[at:end]:
                continue  # 占全市的44.5%；完成…: the whole a share of the part's is of
            if self.text.endswith(_RANKED_IN, 0, at) and _RANK_WORD.search(
                self.text, at, min(end, at + _RANK_REACH)
            ):
                continue  # 后沟村是全镇谷子种植第一大村，村集体经济收入…: the place ranked in
            return True
        return False

    @staticmethod
    def _opens_market(words: str, c: Claim) -> bool:
        """Whether ``words`` before a figure's name open the market it is of: 对 before any
        (对东盟出口), a partner word before trade (与“一带一路”沿线国家进出口)."""
        if words.startswith(MARKET):
            return True
        ph = load_phrases()
        traded = ph.traded_indicators
        if not words.startswith(ph.partner_words) or _NO_PARTNER.search(words) is not None:
            return False  # (与上年相比进出口总额增长13.2%: a basis, no partner)
        return bool(c.indicator in traded or wholes_of(c.indicator) & traded)

    def _sub_area(self, c: Claim, any_name: bool = False) -> str:
        """A part of the place named before its indicator (工业园区实现规模以上工业总产值), or
        before any name when ``any_name`` (a growth alone: 新港湾街道…，商品销售额增长31.2%)."""
        if not (c.indicator or c.name) or c.name_start <= 0:
            return ""
        ph = load_phrases()
        holiday = self._holiday_before(c.name_start)  # of any name: 春节黄金周…，实现旅游收入…
        if holiday is not None:  # 2022年国庆假期，全镇接待游客12.36万人次: not the year's
            words = clean_name(self.text[self.layout.clause_start(holiday.start()) : holiday.end()])
            return words if words and not words[0].isdigit() else holiday.group(0)  # 截至…20日
        if not (c.indicator or any_name):
            return ""
        clause = self.layout.clause_start(c.name_start)
        if self.text.endswith(("）", ")"), 0, clause):  # 全市五个县（市）实现…: from the place
            clause = self.layout.phrase_start(c.name_start)
        words = self.text[clause : c.name_start]
        if c.indicator and words in _HAVING:  # 产业集群实现产值136.8亿元，拥有规上企业63家
            owner = self._owner_opening(clause)
            if owner:
                return owner
        if wider := self._wider_place(words):
            return wider  # 全市社会消费品零售总额下降3.6% in a district's report
        domain = DOMAIN.search(words)  # 县域经济实现地区生产总值… in a city's report that names
        if (  # its counties: theirs (in a county-level city 县域 is the whole city)
            domain is not None
            and wider_than(self.own_level(), domain.group(1))
            and _PARTS_OF_LEVEL[domain.group(1)].search(self.report.text) is not None
        ):
            return domain.group(0)
        kind = clean_name(words)  # 分行业看，金融业实现税收11.84亿元: one kind's tax
        market = self._opens_market(_OF_WHICH_LEAD.sub("", words), c)  # 分市场看，对东盟…: below
        if (
            kind
            and not market
            and not kind.startswith(load_phrases().new_words)  # 分类型看，今年新增市场主体
            and _KIND_OF_BREAKDOWN.fullmatch(kind)
            and self._in_breakdown(clause)
        ):
            return kind
        if words.strip() and not clean_name(words) and self._in_breakdown(clause):
            kind = self._subject_before_cause(clause)  # 分行业看，…；批发零售业受疫情冲击较大，
            if kind:  # 实现税收2.15亿元: that kind's tax
                return kind
        if words.strip() and not clean_name(words):  # 规上工业企业用地3.86万亩，实现税收…
            group = self._group_of_clause_before(clause)  # the firms' tax, not the place's
            if group and _WHOLE_PLACE_WORD.search(words):
                group = ""  # 新认定高新技术企业38家，全市高新技术企业达到156家: all of them
            opening = self._place_opening_item(c.name_start) if not group else None
            if (
                opening is None
                and not group
                and not _OF_WHICH_LEAD.fullmatch(words)  # 其中外贸货物吞吐量…，占全县的: a kind
                and self._share_of_whole_place_after(c)
            ):
                return self._item_opening(c.name_start)  # 商贸城…实现税收2.41亿元，占辖区…的
            if opening is None:  # 石门村…，全村农村居民人均可支配收入: the village's
                return group
            named = _PLACE_LEAD.sub("", opening.group(0))
            return "" if named == self.own_place() else named
        if (
            not words
            and c.name in load_phrases().bare_wordings
            and self.text.endswith("、", 0, c.name_start)
        ):  # …，南港石化工业区实现产值1286.40亿元、税收100.62亿元: the zone's, as its output
            phrase = self.layout.phrase_start(c.name_start)
            opening = _area_opening().match(self.text[phrase : c.name_start])
            if opening is not None:
                return opening.group(0)
        if not words:  # 鹤鸣山景区…，接待游客126.4万人次，占全县的23.7%: the spot's
            if self._share_of_whole_place_after(c):
                return self._item_opening(c.name_start)
            # 上湖村依托…，集体经济收入…: the place its sentence opens with, when no figure
            # stands between (中心城区空气质量优良天数比例…，森林覆盖率…: a figure of its own)
            opening = self._place_opening_item(c.name_start)
            item = max(self.layout.sentence(clause)[0], self.layout.item_start(clause))
            bare = c.name in ph.bare_wordings  # 产业园…，实现营业收入46.8亿元、税收2.35亿元
            # 红水镇依托风光资源，新能源装机…，一般公共预算收入…: a clause of the place's own
            # with no figure opens it, so every figure after is the place's
            topic = not self.index.any_between(item, self.layout.clause_end(item))
            topic = topic or self._beside_the_whole_place(c)  # …，高于全县平均水平0.5个百分点
            if opening is not None and not topic:  # 海津自贸片区新设外资企业42家，实际使用外资
                topic = self._only_figures_named_by(opening.group(0), item, clause)  # 3.12亿美元
            if opening is not None and not topic:  # 金潭市实现地区生产总值…，规上工业企业达到…；
                topic = self._among_place_items(item, opening.group(0))  # 城东区…: the city's
            if opening is not None and not topic:  # 王圩村发展稻虾5260亩，建成基地300亩，集体经济
                village = _PLACE_LEAD.sub("", opening.group(0))  # 收入41.6万元: the village's
                topic = village.endswith(VILLAGE_ENDS) and len(village) <= _VILLAGE_MAX
                # (not 新创建美丽乡村精品村10个、…: no name of one village)
            if opening is None or (not bare and not topic and self._figure_between(item, clause)):
                return ""
            named = _PLACE_LEAD.sub("", opening.group(0))
            return "" if named == self.own_place() else named
        # 对东盟进出口138.4亿元, 其中对东盟进出口由142.36亿元增加到…: one market's
        market = _OF_WHICH_LEAD.sub("", words)
        if self._opens_market(market, c) and clean_name(market[1:]):
            return clean_name(market)
        own_level = _OWN_LEVEL_PART.search(words)
        if own_level is not None:  # 其中市本级一般公共预算收入46.35亿元: the city's own level,
            return own_level.group(0)  # not the whole city's (its counties' too)
        found = ph.sub_area_re.search(words)
        if found:
            scope = clean_name(words[: found.end()])
            own = self.own_place()
            return "" if scope and own and (scope in own or found.group(0) in own) else scope
        # 滨江街道, 各乡镇: the place's own words; 濂州港全年完成货物吞吐量: one port's
        place = ph.sub_place_re.match(words) or ph.port_re.match(words)
        verb = next((v for v in (*ph.action_openers, *ph.plan_verbs) if words.startswith(v)), "")
        if place is None and verb:  # 推动城东街道规上工业产值突破300亿元: the street's
            place = ph.sub_place_re.match(words[len(verb) :])
        own_words = _PLACE_LEAD.sub("", words)
        if (
            place is None
            and c.name[:1] in _LEVEL_CHARS
            and clean_name(own_words) == own_words
            and not own_words.endswith(ph.place_name_stops)  # 壮大村集体经济收入: no village
        ):
            place = ph.sub_place_re.fullmatch(words + c.name[0])  # 新塘村集体经济收入, not 力争村
        if place is None:
            place = self._place_opening_item(c.name_start)
        if place is None:  # 对共建“一带一路”国家进出口148.36亿元，…，占全市进出口总额的30.5%
            if not self._share_of_whole_place_after(c):
                return ""
            return clean_name(words) or self._item_opening(c.name_start)  # 鹤鸣山景区…
        named = _PLACE_LEAD.sub("", place.group(0))
        return "" if named == self.own_place() else named  # 河口镇 in 河口镇's own report

    def _owner_opening(self, clause: int) -> str:
        """The subject opening the sentence of ``clause`` with a figure of its own (工程机械零部件
        产业集群实现产值136.8亿元), what a clause of 拥有 after it counts the things of; ``""``
        when it is the whole place, or the sentence opens with no such subject."""
        s_start = self.layout.sentence(clause)[0]
        if clause <= s_start:
            return ""
        opening = self.text[s_start : self.layout.clause_end(s_start)]
        verb = min(
            (at for v in load_phrases().doing_verbs if (at := opening.find(v)) > 0), default=-1
        )
        if verb < 0 or not any(ch.isdigit() for ch in opening[verb:]):
            return ""
        owner = clean_name(opening[:verb])
        if len(owner) < 2 or _WHOLE_PLACE_WORD.match(owner) or owner == self.own_place():
            return ""
        return owner

    def _wider_place(self, words: str) -> str:
        """The whole place wider than the report's own that ``words`` before a figure's name
        name (同期全省, （全区完成, 全市): ``""`` when they name none."""
        wider = WHOLE_PLACE.search(words)
        if wider is None or not wider_than(wider.group(1), self.own_level()):
            return ""
        if clean_name(words[wider.end() :]) or _WIDER_LEAD.sub("", words[: wider.start()]):
            return ""  # 全市…的企业: a subject of its own
        return wider.group(0)

    def _wider_sentence(self, pos: int) -> str:
        """The wider place a clause of the sentence of ``pos`` opened with (过去一年，全区完成
        全口径税收112.65亿元、…，区级税收38.42亿元), when no word of the report's own place
        stands after it; ``""`` otherwise."""
        start = max(
            self.layout.sentence(pos)[0], self.layout.item_start(pos), pos - _WIDER_BACK_CHARS
        )
        found, at = "", -1
        opening = _WIDER_OPENING.match(self.text, start, pos)
        for m in [*([opening] if opening else []), *_WIDER_CLAUSE.finditer(self.text, start, pos)]:
            wider = wider_than(m.group(2), self.own_level())
            # 全区完成全口径税收112.65亿元: a clause of the place's own figures, not 全国经济持续
            # 恢复向好 (no figure) nor 全市排名第二
            with_figure = self.index.any_between(m.end(1), self.layout.clause_end(m.end(1)))
            found, at = (m.group(1), m.end(1)) if wider and with_figure else ("", -1)
        if not found:
            return ""
        after = self.text[at:pos]
        own, place = self.own_level(), self.own_place()
        marks = [f"我{own}", f"全{own}", f"本{own}"] if own else []
        if own == "街道":
            marks.append("街道")
        if place:
            marks.append(place)
        if any(mark in after for mark in marks):
            return ""  # 全市…，我县增长6.1%: the report's own place again
        return found

    def _listed_wider(self, listed: Respective) -> str:
        """The wider whole place an item of a 分别 list opens with (全区 of 全区、全镇…), if any."""
        wider = WHOLE_PLACE.match(self.text, listed.start, listed.end)
        if wider is not None and wider_than(wider.group(1), self.own_level()):
            return wider.group(0)
        return ""

    def _scope_of_list_before(self, m: Mention) -> str:
        """The scope of the figure printed right before ``m`` in a list after 分别 (五区一般公共
        预算收入分别增长9.3%、8.1%…: each of the districts), when it names a part of the
        place; else ``""``."""
        k = self._mention_at.get(id(m), 0)
        if k < 1 or (self.respective and id(m) in self.respective):
            return ""  # (川东区、川西区…分别为…: each named in the list)
        prev = self._mentions[k - 1]
        before = self.by_mention.get(id(prev))
        if before is None or not is_part_of_place(before.scope) or prev.role != m.role:
            return ""
        if prev.unit != m.unit:
            return ""  # (…峙浪乡8.6亿元，四个乡镇合计…: no figure of that list)
        if self.text[prev.end : m.start] not in _FIGURE_LIST_MARKS:
            return ""
        start = self.layout.sentence(m.start)[0]
        return before.scope if "分别" in self.text[start : m.start] else ""

    def _listed_place(self, listed: Respective) -> str:
        """The part of the place an item of a 分别 list names first (李家村…), if any and
        not the report's own place."""
        item = self.text[listed.start : min(listed.end, listed.start + _PLACE_MAX_CHARS)]
        if wider := self._listed_wider(listed):
            return wider
        place = load_phrases().sub_place_re.match(item)
        if place is None:  # 凤塘、桃林、新埔街道…分别: each named without the level the last
            shared = _PLACES_SHARING_LEVEL.match(self.text, listed.start)  # one prints
            ph = load_phrases()
            if shared is None or shared.group(1).startswith(
                (*ph.place_name_stops, *ph.new_words, "街道", "社区")
            ):
                return ""  # (not 新建、改造农村公路, 街道、花山街道…)
            return shared.group(1) + shared.group(2)
        named = self._without_count_of_list(_PLACE_LEAD.sub("", place.group(0)), listed)
        return "" if named == self.own_place() else named

    def _without_count_of_list(self, named: str, listed: Respective) -> str:
        """The last place of a list without the count of the places glued to it (赤岸、溪口、
        上溪三镇: 上溪镇), when that count is the list's size and the place before it is named
        without its level (not 红星一村、红星二村: villages numbered so)."""
        count = _COUNT_OF_PLACES.search(named)
        if count is None or chinese_to_decimal(count.group(0).rstrip("个")) != listed.size:
            return named
        comma = self.text.rfind("、", max(0, listed.start - _PLACE_MAX_CHARS), listed.start)
        before = self.text[self.text.rfind("、", 0, comma) + 1 : comma] if comma > 0 else ""
        level = named[count.end() :]
        return named if not before or before.endswith(level) else _COUNT_OF_PLACES.sub("", named)

    def _item_opening(self, pos: int) -> str:
        """The words that open the sentence or item of ``pos``, up to its first comma (鹤鸣山景区
        成功创建国家4A级旅游景区，接待游客…): what a figure of a part of the place is of. An
        item that opens with none (园区拥有…124家；完成…253.86亿元) goes on with the sentence's."""
        s_start = self.layout.sentence(pos)[0]
        item = self.layout.item_start(pos)
        found = self._opening_words(max(s_start, item), pos)
        if not found and item > s_start:
            found = self._opening_words(s_start, pos, places_only=True)
        return found

    def _opening_words(self, start: int, pos: int, places_only: bool = False) -> str:
        """The place, area or (unless ``places_only``) words from ``start`` to its first
        comma (or ``pos``)."""
        lead = _LEAD_WORDS.match(self.text, start)
        if lead is not None and lead.end() < pos:  # 其中，云峰街道依托…: the words after 其中
            start = lead.end()
        end = min(self.layout.phrase_end(start), pos, start + _PLACE_MAX_CHARS)
        place = load_phrases().sub_place_re.match(self.text[start:end])
        if place is not None:  # 云峰街道依托…产业园，…: the street, not its park
            return place.group(0)
        area = _area_opening(0).match(self.text[start:end])  # 商贸城入驻商户…: 商贸城
        if area is not None:
            return area.group(0)
        if places_only:
            return ""
        return clean_name(self.text[start:end]) if end > start else ""

    def _share_of_whole_place_after(self, c: Claim) -> bool:
        """Whether the sentence of ``c`` goes on to give its share of the whole place (…，
        占全市进出口总额的30.5%): then the figure is of a part of the place."""
        if c.mention is None:
            return False
        return whole_place_share_after(self.text, c.mention.end) and whole_place_share_after(
            self.text,
            c.mention.end,
            self.own_level(),  # the report's level, read only then
        )

    def _figure_between(self, start: int, end: int) -> bool:
        """Whether a figure stands between ``start`` and ``end``, other than in a cause
        (马岗村受两家陶瓷企业关停搬迁影响，工业总产值…: the village's figures still)."""
        if not self.index.any_between(start, end):
            return False
        cause = load_phrases().cause
        for c in self.index.before(end):  # the nearest first: it takes one that is no cause's
            if c.mention is None or c.mention.start <= start:
                return False
            at = c.mention.start
            window = (max(start, at - _CAUSE_REACH), min(end, at + _CAUSE_REACH))
            if not any(m.start() <= at < m.end() for m in cause.finditer(self.text, *window)):
                return True
        return False

    def _only_figures_named_by(self, place: str, start: int, end: int) -> bool:
        """Whether every figure between ``start`` and ``end`` is named with ``place`` opening
        its name (海津自贸片区新设外资企业42家): figures of that place only."""
        named = _PLACE_LEAD.sub("", place)
        if not place.endswith((*load_phrases().sub_areas, *_TOWN_ENDS)) and not (
            place.endswith(_COUNTY_ENDS) and not place.endswith(_AREA_OF_A_CITY)
        ):
            return False  # (建成区面积…, 农村牧区常住居民…: words of an indicator, no place)
        between = [c for c in self.index.between(start, end) if c.mention is not None]
        return bool(between) and all(
            c.name.startswith(place) or c.scope == named for c in between
        )  # (渤海区实现地区生产总值312.5亿元，服务业增加值…: the district's, its scope said)

    def _among_place_items(self, item: int, place: str) -> bool:
        """Whether the semicolon item starting at ``item``, opened by ``place``, stands beside
        an item of its sentence opened by another part of the place (金潭市…；城东区842.16亿元…;
        紫溪县…): a list of places item by item, each item's figures all its place's."""
        s_start, s_end = self.layout.sentence(item)
        end = self.layout.item_end(item)
        beside = [end + 1] if end < s_end and end + 1 < s_end else []
        if item > s_start:
            beside.append(self.layout.item_start(item - 1))
        for start in beside:
            other = self._place_opening_item(self.layout.clause_end(start) - 1)
            if other is not None and other.group(0) != place:
                return True
        return False

    def _place_opening_item(self, pos: int) -> re.Match[str] | None:
        """The part of the place that opens the sentence (or the item after a semicolon) of
        ``pos`` and so is what its figures are of (青龙村盘活闲置校舍…，年接待游客1.2万人次),
        unless the whole place is named after it (全乡, 全县); ``None`` when there is none."""
        ph = load_phrases()
        s_start = self.layout.sentence(pos)[0]
        start = max(s_start, self.layout.item_start(pos))
        if (
            start > s_start
            and (
                self.text.startswith(ph.doing_verbs, start)
                or _SHARE_OF_WHOLE_PLACE.search(self.text, s_start, start) is not None
            )
            and self.index.any_between(s_start, start)  # (not 园区获评…；完成投资…: the county's)
            and ph.sub_place_re.match(self.text[start : start + _PLACE_MAX_CHARS]) is None
            # (not …，占全县的42.3%；石门镇…: the item's own place)
        ):
            start = s_start  # …开发区全年实现技工贸总收入214.63亿元；实现税收6.42亿元: the zone's
            # (…开发区完成进出口总额…，占全市的44.5%；实际使用外资2.73亿美元: the zone's too)
        words = self.text[start : min(pos, start + _PLACE_MAX_CHARS)]
        place = ph.sub_place_re.match(words) or _area_opening().match(words)
        place = place or _BARE_PARK.match(words)  # 园区全年实现营业收入…，实现税收…: the park's
        if place is None or self._whole_place_between(start + place.end(), pos, place.group(0)):
            return None
        if words.startswith(("级", "村", "镇", "振"), place.end()):
            return None  # 乡级一般公共预算收入 (the place's own level); 实施乡村振兴: no place
        if words.startswith(("、", "和", "与", "及"), place.end()):
            return None  # 李家村、杨柳村、新华村…分别: a list of places, each with its figure
        if _PLACE_LEAD.sub("", place.group(0)).startswith(ph.place_name_stops):
            return None
        return place

    def _in_breakdown(self, clause: int) -> bool:
        """Whether the clause at ``clause`` is an item of a breakdown by kind or by place
        opened earlier in its sentence (分行业看，…；…), not by time (分季度看)."""
        starts, by_kind = self._breakdowns_by_kind
        k = bisect.bisect_left(starts, clause) - 1  # the last one before the clause: linear
        return k >= 0 and starts[k] >= self.layout.sentence(clause)[0] and by_kind[k]

    @cached_property
    def _breakdowns_by_kind(self) -> tuple[list[int], list[bool]]:
        """Where the paragraph opens a breakdown (分行业看), and whether it is not by time."""
        ph = load_phrases()
        found = list(ph.breakdown.finditer(self.text))
        kinds = [not m.group(0).startswith(ph.time_breakdown) for m in found]
        return [m.start() for m in found], kinds

    def _group_of_clause_before(self, clause: int) -> str:
        """The group a figure with no words of its own belongs to, when the clause before it
        in its sentence opens with one (规上工业企业用地3.86万亩，实现税收…: 规上工业企业)."""
        s_start = self.layout.sentence(clause)[0]
        if clause - 1 <= s_start:
            return ""
        before = self.layout.clause_start(clause - 1, s_start)
        found = [x.mention for x in self.index.between(before - 1, clause) if x.mention]
        ph = load_phrases()
        growth_words = ph.up_words | ph.down_words
        walked = False
        for _ in range(_GROWTH_CLAUSES_BACK):  # 总部企业全年实现营业收入…，同比增长12.8%；缴纳
            # 税收…: past the clauses that state only the growth of the figure before
            words = self.text[before:clause]
            if (
                found
                or before - 1 <= s_start
                or not any(w in words for w in growth_words)
                or not any(ch.isdigit() for ch in words)
            ):
                break
            clause, before = before, self.layout.clause_start(before - 1, s_start)
            found = [x.mention for x in self.index.between(before - 1, clause) if x.mention]
            walked = True
        head = self.text[before : found[0].start if found else clause - 1]
        if found and not head.strip() and len(found) > 1:  # 193家规上工业企业用地1.42万亩: the
            head = self.text[found[0].end : found[1].start]  # words after the count of them
        group = ph.sub_area_re.search(head)
        start = 0
        if group is not None and group.group(0) not in ph.sub_groups:
            start = group.end()  # 园区规模以上工业企业用地…: the firms the vocabulary names
            group = ph.sub_area_re.search(head, start)  # right after the park's name
            if group is not None and not wording_indicator(head[start : group.end()]):
                return ""  # (鹤洲创意园入驻企业…: the park's)
        if group is None or group.group(0) not in ph.sub_groups:
            return ""
        doing = _WORDS_BEFORE_VERB.match(head, group.end())
        if walked and not head.startswith(ph.doing_verbs, doing.end() if doing else group.end()):
            return ""  # (湘峪高新区规模以上工业企业营业收入…，年均增长11.8%；全县接待游客…)
        return clean_name(head[start : group.end()])

    def _resolve_ids(self) -> None:
        ids = {f"#{id(c)}": c.claim_id for c in self.claims}
        for c in self.claims:
            c.linked_to = ids.get(c.linked_to, "") if c.linked_to else ""
            c.parent_id = ids.get(c.parent_id, "") if c.parent_id else ""
            if not c.parent_id and c.link != "structure":
                c.parent = c.parent if c.mention and c.mention.structure is not None else ""

    def _finish(self, c: Claim) -> None:
        c.period = format_period(c.year, c.months, c.first_year)
        if c.growth_basis.startswith("比") and c.year is not None:
            ago = load_phrases().years_ago.get(c.growth_basis[1:])
            if ago:  # 是五年前的3.2倍: over the year five years before
                c.growth_basis = f"比{c.year - ago}年"
        c.qualifier = " ".join(dict.fromkeys(q for q in c.quals if q))
        if c.value_line is None and c.growth_line is None:
            c.value_line = self.p.line_at(c.start)
        c.line = c.value_line if c.value_line is not None else c.growth_line or 0
        c.quote = self.text[c.start : c.end]
