"""Rates against the figures they come from: shares of a whole, and what a count can reach.

A share ``p%`` of a whole ``y`` with part ``x`` holds when ``100 x / y`` meets the interval of
``p``. When the whole is a count of ``N`` things and the part is not printed, the share can
only be one of ``k / N`` for a whole ``k`` (the GRIM test): 83.4% of 36 villages is impossible
(30 villages are 83.33%, 31 are 86.11%). When only the part is printed (52348 voters, turnout
96.95%), the whole it implies is reported and, for counts, whether any whole number reaches
the rate.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal
from itertools import islice

from .. import explain as ex
from ..checkvocab import load_check_vocabulary
from ..exact import Fraction
from ..findings import CONSISTENT, INCONSISTENT, NOT_ASSESSABLE, Derived, Finding
from ..intervals import Interval, fmt
from ..period_cells import Period
from ..phrases import load_phrases
from ..place import LISTED_PLACE_LEVEL
from ..quantities import Quantity
from ..relations import (
    MARKET,
    ClaimIndex,
    is_part_of_place,
    item_between,
    key,
    scopes_compatible,
    sentence_between,
)
from ..respectively import has_respectively
from ..subjects import common_tail, plain_name, wording_indicator
from ..textnorm import is_cjk

_RATE_SUFFIXES = ("率", "比例", "比重", "占比")


def whole_counts_reaching(rate: Interval, total: int) -> tuple[int, int] | None:
    """The whole counts ``k`` with ``100 k / total`` inside ``rate``; ``None`` when there is none.

    Examples
    --------
    >>> whole_counts_reaching(Interval(Fraction("83.35"), Fraction("83.45")), 36) is None
    True
    >>> whole_counts_reaching(Interval(Fraction("83.25"), Fraction("83.35")), 36)
    (30, 30)
    """
    lo = 0 if rate.lo is None else max(0, math.ceil(rate.lo * total / 100))
    hi = total if rate.hi is None else min(total, math.floor(rate.hi * total / 100))
    return (lo, hi) if lo <= hi else None


def bases_reaching(rate: Interval, part: int) -> tuple[int, int | None] | None:
    """The whole bases ``N >= part`` with ``100 part / N`` inside ``rate`` (``None``: none).

    Examples
    --------
    >>> bases_reaching(Interval(Fraction("96.945"), Fraction("96.955")), 640) is None
    True
    >>> bases_reaching(Interval(Fraction("83.25"), Fraction("83.35")), 5)
    (6, 6)
    >>> bases_reaching(Interval(Fraction(90), None), 45)  # 90%以上 of 45: 45 to 50
    (45, 50)
    """
    if rate.hi is not None and rate.hi <= 0:
        return None
    # 90%以上 has no upper end: any base from the part itself on reaches it
    lo = part if rate.hi is None else max(part, math.ceil(Fraction(100 * part) / rate.hi))
    hi = None if rate.lo is None or rate.lo <= 0 else math.floor(Fraction(100 * part) / rate.lo)
    if hi is not None and lo > hi:
        return None
    return lo, hi


def share_checks(index: ClaimIndex) -> tuple[list[Finding], list[Derived]]:
    """Judge every rate whose part and whole the report gives, or whose whole is a count.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> quote = "全镇12个行政村中，41.7%已建成文化广场"
    >>> table = pd.DataFrame([dict(name="行政村中", value="12", unit="个"),
    ...                       dict(name="", value="41.7", unit="%")])
    >>> table = table.assign(indicator="", period="2022", kind="actual", line="5", quote=quote,
    ...                      paragraph="2")
    >>> findings, _ = share_checks(ClaimIndex(read_claims(table)))
    >>> findings[0].verdict, findings[0].recomputed
    ('consistent', '5/12 = 41.67%')
    """
    findings: list[Finding] = []
    derived: list[Derived] = []
    share_cues = index.rules.cue("share")
    split_total = {p.row: t for t, parts in index.splits() for p in parts}
    judged: dict[int, Quantity] = {}  # the whole each part was judged against, by its row
    rated: set[int] = set()  # rows of the figures a rate followed (物业管理类1126件，占26.3%)
    for group in index.paragraphs():
        later = {q.linked_to: q for q in group if q.link == "changed_from"}
        earlier = set(later)
        before: list[Quantity] = []  # the figures before the rate that are no rates
        last_rate = -1  # the row of the last rate level read
        grown: Quantity | None = None  # the last growth printed with no level (民间投资增长…)
        for rate in group:
            if rate.family != "percent":
                if rate.value is not None and not rate.converted:  # 比上年的3.35亿元: the level
                    # now, not a year before; （折合6.24亿美元）: the figure before, restated
                    before.append(later.get(rate.claim_id, rate))
                elif rate.growth is not None:
                    grown = rate
                continue
            if rate.value is None or rate.growth is not None:
                continue
            since, last_rate = last_rate, rate.row
            if rate.claim_id in earlier:
                continue  # 覆盖率由68.0%提高到75.0%: 68.0% was the rate before these figures
            if rate.name.startswith(_LAST_YEARS_RATE):
                continue  # …机插率66.7%，去年同期机插率为63.5%: last year's rate, no share now
            rate = _in_percent(rate, index)
            if _EXCESS.search(rate.sentence_before(_SENTENCE_BACK) or ""):
                continue  # 超额完成省下达3000套任务的8.7%: by how much the target was beaten
            if _rate_of_its_own(index, rate):
                continue  # …其中再就业1.36万人；城镇登记失业率3.2%: over a whole not printed
            if not before:  # 区级税收占税收总收入的比重为33.1% opening a paragraph: of the
                found_elsewhere = _both_named_elsewhere(index, rate)  # figures so named
                findings.extend([found_elsewhere] if found_elsewhere is not None else [])
                continue
            progress = _progress_listed(rate, before, index) or _progress(rate, before)
            if progress is not None:  # 完成全年目标125亿元的49.1%
                findings.append(judge_share(rate, *progress, progress=True))
                continue
            part, whole = _part_and_whole(
                index, rate, before, share_cues, split_total, judged, rated, since, grown
            )
            if whole is not None and (whole.value is None or whole.unit is None):
                whole = None  # 上半年下降3.2%: a growth of the whole, no level to divide by
            if whole is not None and part is not None and whole.parent_id == part.claim_id:
                whole = None  # 五镇…分别为8.46亿元、…，合计29.16亿元，占全市…的45.3%: no part
                # of the figure is its whole
            if not _of_a_wider_whole(rate, index):  # 占全县的21.5% in a town's report
                rated.add(before[-1].row)
            if part is not None and whole is not None and _per_unit(part) != _per_unit(whole):
                continue  # 村均32.2万元，完成全年目标720万元的53.7%: no average of the total
            if (
                part is not None
                and rate.period is not None
                and part.period is not None
                and rate.period.end < part.period.start
            ):
                continue  # 比上年的38.6%: last year's share, not of this year's figures
            if part is not None and whole is not None:
                judged[part.row] = whole
                found = judge_share(rate, part, whole)
                if found.verdict == INCONSISTENT:  # 集中安置938户4104人 of 1286户5537人,
                    found = _in_other_unit(index, rate, part, whole) or found  # 集中安置率
                findings.append(found)
            elif part is None and whole is not None:
                findings.append(_judge_reachable(rate, whole))
            elif (
                part is not None
                and part.is_count
                and not _counts_rate_holders(part)
                and not _PLACES_SHARING.match(part.name)  # 三个乡镇占全县的72.4%: their figure's
                and rate.link != "changed_from"  # 覆盖11个社区2.38万户，覆盖率由62%提高到95%
            ):
                finding, base = _judge_part_only(rate, part)
                if finding.verdict == INCONSISTENT and not _stem_names_count(rate, part):
                    continue  # 两个农产品…，绿色优质农产品比重72.5%: no rate of those two
                findings.append(finding)
                if base is not None:
                    derived.append(base)
    return findings, derived


#: Words of a target beaten by the rate after them (超额完成…任务的8.7%), no share.
_EXCESS = re.compile(r"(?:超额完成|超出)[^，,。；;]*$")

#: A count of places followed by their share (勐岗镇、大坪乡、户弄乡三个乡镇占全县的72.4%): the
#: share of what they hold together, not of their number.
_PLACES_SHARING = re.compile(
    rf"^(?:乡镇|{LISTED_PLACE_LEVEL}|县|区|市|县区|县市)(?:合计|共|分别)?占"
)


def _stem_names_count(rate: Quantity, count: Quantity) -> bool:
    """Whether a rate with no whole printed may be found impossible on the count before it
    alone: its stem is in the count's words (four characters of it at least), or it is too
    short to say (占80%); not when only its head word is (两个农产品获评…，绿色优质农产品比重
    72.5%)."""
    stem = _stem(rate)
    if len(stem) < _STEM_MIN:
        return True
    words = count.clause + count.name
    tails = [stem[i:] for i in range(len(stem) - _STEM_MIN + 1)]
    if any(t + _DOERS in count.name for t in tails) and _DOERS not in rate.name:
        return False  # 落地加工企业86家，落地加工率38.5%: a rate of what they process, not of them
    return any(t in words for t in tails)


#: The noun of a count of those that do what a rate's stem names (落地加工企业): a rate of the
#: stem alone (落地加工率) is of what they act on; one of them names it (企业上云率).
_DOERS = "企业"


def _counts_rate_holders(count: Quantity) -> bool:
    """Whether a count is glued to the name of a rate (辖区12栋重点商务楼宇入驻率由…下降到
    72.6%): it counts what the rate is of, whose rate need not be a ratio of whole ones.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> quotes = ["辖区12栋重点商务楼宇入驻率由上年末的78.4%下降到72.6%", "已有12栋楼宇入驻"]
    >>> table = pd.DataFrame([dict(name="楼宇", value="12", unit="栋", quote=q) for q in quotes])
    >>> table = table.assign(indicator="", period="2020", kind="actual", line="1")
    >>> [_counts_rate_holders(q) for q in read_claims(table)]
    [True, False]
    """
    clause = count.clause
    at = clause.find(count.value_text + count.unit_text)
    if at < 0:
        return False
    rest = _NOUN_RUN.match(clause, at + len(count.value_text) + len(count.unit_text))
    return rest is not None and "率" in rest.group(0)


#: The characters of a noun phrase right after a figure (no marks, no digits).
_NOUN_RUN = re.compile(r"[\u4e00-\u9fff]{1,16}")


def _in_percent(rate: Quantity, index: ClaimIndex) -> Quantity:
    """A rate printed in another unit of the per-cent family (四成, 5‰) as per cent, the unit
    every share is computed in (四成 is 40%)."""
    percent = index.rules.unit("%")
    if rate.unit is None or percent is None or rate.unit.name == "%" or rate.value is None:
        return rate
    point = rate.point_in(percent)
    value = rate.value_in(percent)
    if point is None or value is None:
        return rate
    text = (
        fmt(point, max(0, rate.places - 1)) if rate.unit.factor > 1 else fmt(point, rate.places + 3)
    )
    return replace(rate, value=value, unit=percent, value_text=text, unit_text="%")


def _name(rate: Quantity) -> str:
    """What a rate is called: its indicator or name, 该比例 when the report gives no name."""
    if rate.indicator:
        return rate.indicator
    if len(rate.name) > 1 and rate.name not in _RATE_SUFFIXES:
        return rate.name
    return "该比例"


#: How many figures named like a share's whole are read to find it.
_NAMED_MAX = 64


def _sentence_names(rate: Quantity, part: Quantity) -> bool:
    """Whether the sentence of a rate, before it, names ``part`` (by its name or indicator)."""
    head = rate.sentence_before(_SENTENCE_HEAD) or ""
    for name in (part.name, part.indicator):
        at = head.find(name) if len(name) >= 2 else -1
        if at == 0 or (at > 0 and not is_cjk(head[at - 1])):  # not 投资 of 工业投资
            return True
    return False


def _unread_figures_before(rate: Quantity) -> bool:
    """Whether the sentence of a rate holds digits before it (figures the claims do not
    hold: 算力规模达到2000P，其中智能算力1600P，占80.0%), not one opening with its rate."""
    head = rate.sentence_before(_SENTENCE_HEAD)
    return head is not None and any(c.isdigit() for c in head)


#: How far back (characters) a rate's sentence is read for figures before it.
_SENTENCE_HEAD = 80


def _whole_of_sibling(
    part: Quantity, before: list[Quantity], judged: dict[int, Quantity] | None
) -> Quantity | None:
    """The whole an earlier part of the same total (a sibling under one 其中, or of one list
    of its sentence) was judged against, when its share named it: a bare share after it
    (占24.7%) is of that whole too."""
    if not judged:
        return None
    for q in reversed(before[-_LOOK_BACK:]):
        if q is part or q.row not in judged:
            continue
        if part.parent_id and q.parent_id == part.parent_id:
            whole = judged[q.row]
            return whole if whole.claim_id != part.parent_id else None
        if not part.parent_id and not q.parent_id and q.unit_text == part.unit_text:
            whole = judged[q.row]  # A、B分别实现…，A占X的a%，B占b%: listed in one sentence
            # (or named alike in the sentences before: 纺织服装产业实现产值…，占规上工业总产值的
            # 34.8%。装备制造产业实现产值…，占比29.2%)
            same = (not sentence_between(q, part) or _siblings(q, part)) and whole is not part
            return whole if same and q.period == part.period else None
    return None


def _member_named_after(part: Quantity, recent: list[Quantity], rate: Quantity) -> Quantity | None:
    """Another figure of the list ``part`` ends whose own word (东盟 of 对东盟进出口, beside
    美国进出口) the words between the list and the share name; ``None`` when there is none."""
    if not rate.context or rate.anchor is None or not part.value_text:
        return None
    head = rate.context[: rate.anchor]
    if head.rfind(part.value_text) < 0:
        return None
    between = re.split(r"[\d%％]", head)[-1]  # the words after the last figure before it
    for q in recent:
        if q is part or q.unit_text != part.unit_text or q.row > part.row or not q.name:
            continue
        n = common_tail(q.name, part.name)
        own = q.name[: len(q.name) - n].removeprefix("对")
        if n >= 2 and len(own) >= 2 and own in between and own not in part.name:
            return q
    return None


def _siblings(q: Quantity, part: Quantity) -> bool:
    """Whether two figures of sentences apart are named alike, as parts of one whole
    (纺织服装产业实现产值, 装备制造产业实现产值), neither a vocabulary indicator."""
    if q is part or q.indicator or part.indicator or "总" in q.name:  # (总产值: a whole)
        return False
    if part.name.endswith(q.name) and len(q.name) >= _WHOLE_NAME_MIN and q.name != part.name:
        return False  # 电子商务交易额…。农村电子商务交易额…，占比: a part of it (not 产值: a
        # measure alone, which names no whole)
    if not sentence_between(q, part) or q.unit_text != part.unit_text:
        return False
    return common_tail(q.name, part.name) >= _SIBLING_TAIL  # (产值 and 产值: two industries
    # named by their measure only)


#: How many characters a name ending another's holds at least to name its whole (电子商务交易额).
_WHOLE_NAME_MIN = 4
#: How many last characters two names share at least to be named alike (产值).
_SIBLING_TAIL = 2


def _stem(rate: Quantity) -> str:
    name = rate.name or rate.indicator
    for suffix in _RATE_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return ""


def _part_and_whole(
    index: ClaimIndex,
    rate: Quantity,
    before: list[Quantity],
    share_cues: tuple[str, ...],
    split_total: dict[int, Quantity],
    judged: dict[int, Quantity] | None = None,
    rated: set[int] | None = None,
    since: int = -1,
    grown: Quantity | None = None,
) -> tuple[Quantity | None, Quantity | None]:
    """Which earlier figures of the paragraph a rate is the ratio of (part, whole); ``judged``
    gives the whole of each part an earlier rate was judged against; ``since`` is the row of
    the rate before this one in the paragraph; ``grown`` the last growth printed with no
    level before it."""
    inline = _whole_inline(rate, before) or _next_of_listed_rates(rate, before, judged)
    if inline is not None:
        return inline
    framed = _FRAMED_PART.match(rate.name)
    if framed is not None and not any(q.name.endswith(framed.group(2)) for q in before):
        return None, None  # 新入规企业中电子信息和白酒企业占七成: of a part not printed
    if (
        not _own_subject(rate)
        and not _whole_words(rate.clause)
        and sentence_between(before[-1], rate)
        and _unread_figures_before(rate)
    ):
        return None, None  # …14.62亿元。…算力规模达到2000P，其中智能算力1600P，占80.0%: its
        # figures are not read, and those of the sentence before are none of its
    clause = rate.clause
    flow_rate = rate.name.endswith(index.rules.cue("flow_rates"))
    if (
        flow_rate
        and "占" not in clause
        and "占" not in rate.scope
        and not _PER_BASE.fullmatch(rate.scope)
    ):
        return None, None  # 其中牦牛出栏3.72万头，出栏率31.9%: of the stock, not of the 13.26万头
    if "占" in rate.scope and "占" not in clause:  # 出栏率（出栏数占年初存栏数的比重）达到…:
        clause = rate.scope  # the rate's definition names its whole
    elif (per := _PER_BASE.fullmatch(rate.scope)) and "占" not in clause:
        clause = f"占{per.group(1)}的"  # 出栏率（按上年末存栏计算）: of 上年末存栏
    if "占" not in clause and "占" in rate.name and rate.name.endswith(clause.split("的")[0]):
        clause = f"占{clause}"  # 数字产品制造业占数字经济核心产业增加值的52.0%: its whole's words
    elif "占" not in clause and rate.name.startswith("占") and rate.link == "changed_from":
        clause = rate.name  # 占规上工业总产值的比重由上年的37.6%下降到37.1%: the words before 由
    lead = rate.sentence_before(_SUM_WORDS_BACK) or ""  # (…，合计占出口总额的七成: a quote of a
    if any(w in lead + clause for w in index.rules.cue("sum_share")):  # numeral opens at 占)
        return None, None  # 分别为32.64亿元、24.18亿元，合计占…的36.2%: a share of their sum
    wider = index.rules.cue("wider_wholes")
    if any(w in _whole_words(clause) or w in rate.name.partition("占")[2] for w in wider):
        return None, None  # 占全省的4.6%: the whole of a wider area, not printed
    if any(cue in clause for cue in share_cues):
        recent = before[-_LOOK_BACK:]
        # 由67家增加到78家，新增11家，…，占…的47.9%: the share of the level, not of its change
        part = next(
            (
                q
                for q in reversed(recent)
                if q.measure != "change"
                and not _adds_to(q, recent)
                and not _of_an_earlier_year(q, rate)  # （上年为7.52亿元），占…的25.0%
                and q.kind == rate.kind  # 完成年度目标15.2亿元的104.1%，占…: not the target
                and not _in_closed_paren(q, rate)  # A（B、C），占…的: of A, not of C
            ),
            before[-1],
        )
        part = _member_named_after(part, recent, rate) or part  # …分别为312.6亿元、198.4亿元，
        # 东盟保持第一大贸易伙伴地位，占…的18.9%: of 东盟's, named after the list
        part = _level_grown(grown, part, recent, rate) or part  # …外商投资13.49亿元；民间投资
        # 增长21.4%，占固定资产投资的比重为69.2%: of 民间投资's level, not of the last figure
        if (
            grown is not None
            and _grown_right_before(grown, part, rate)
            and key(part) != key(grown)
            and item_between(part, grown)  # not 第三产业增加值44.0亿元，服务业增长7.2%，占…
        ):
            return None, None  # …基础设施投资52.18亿元；民间投资增长9.6%，占…: its level unprinted
        part = _part_in_named_unit(part, recent, _whole_words(clause))
        counted = _count_among(part, before) if not _whole_words(clause) else None
        if counted is not None:  # 全旗68个嘎查村中，…50万元以上的23个，占33.8%: of the 68
            return part, counted
        opening = _opening_among(part, before, _whole_words(clause))
        if opening is not None:  # 在420万亩耕地中，…；土地规模经营面积265万亩，占比63.1%
            return part, opening
        among = _among_opening(part) if not _whole_words(clause) else ""
        if among:  # 一般公共预算收入中，税收收入87.36亿元，占88.6%: of the revenue
            clause = f"占{among}的"
        if (
            not _own_subject(rate)
            and _whole_words(clause)
            and sentence_between(part, rate)
            and _unread_figures_before(rate)
            and not _sentence_names(rate, part)  # 远洋捕捞产量比上年的…增长11.6%，占…: its own
        ):
            return None, None  # …完成投资124.7亿元。工业投资增长14.2%，占…的43.8%: of 工业投资
        # 对东盟进出口占比60%: 占 of the rate's own name, which names no whole
        stem = _stem(rate) if "占" not in clause.replace("占比", "") else ""
        if len(stem) >= _STEM_MIN and not part.name.endswith(stem):
            part = _named_by_stem(stem, part, recent)  # 其中铁路外运1.87亿吨、公路外运0.59
            # 亿吨，铁路外运比重达到76.0%: of 铁路外运, not of the last part
        if len(stem) >= _STEM_MIN and not _names_stem(stem, part.clause, part.name):
            return None, None  # 规模牧场发展到九个，奶牛规模化养殖比重达到78.5%: of no figure
        if has_respectively(clause):  # 甲和乙分别占…的 a% 和 b%: the part named in the rate
            new = any(w in rate.name for w in load_phrases().new_words)
            named = [
                q
                for q in reversed(recent)
                if _names_part(rate, q) and (q.measure == "new") == new  # 装机, not 新增
            ]
            # 濉阳区、凤岭区分别实现…712.3亿元和486.9亿元，分别占全市的32.6%和22.3%: the
            # part of the rate's own place first
            part = next((q for q in named if rate.scope and q.scope == rate.scope), None)
            part = part or next(iter(named), None)
            if part is None:
                return None, None
        elif _own_subject(rate):
            subject = _own_subject(rate)
            named_all = [
                q
                for q in reversed(recent)
                if q.is_level and q.kind == rate.kind and _subject_is(index, subject, q)
            ]
            named = next(  # 区级税收…21.36亿元；…前三季度…16.21亿元；区级税收占…的比重: the year's
                (q for q in named_all if q.period == rate.period),
                named_all[0] if named_all else None,
            )
            if named is None:
                return None, None  # 服务业增加值占…比重 after another figure: part not printed
            if (
                not named.parent
                and sentence_between(named, rate)
                and any(
                    q.row > named.row
                    and q.is_level
                    and q.family == named.family
                    and not sentence_between(q, rate)
                    for q in recent
                )
            ):  # …税收15.26亿元。完成一般公共预算收入14.26亿元，…，税收占比保持在80%以上: the
                return None, None  # tax within that revenue, not printed (a part of a printed
                # whole still is: 其中增值税72.16亿元…。三大主体税种合计…，其中增值税占比38.7%)
            part = _measure_named_after(index, subject, named)  # 护理型床位5389张；新增…其中
            # 护理型床位520张，护理型床位占比: the stock
            rest = subject.removeprefix(named.name) if len(named.name) >= 2 else ""
            if part is named and named.is_count and rest.endswith(load_phrases().amount_ends):
                return None, None  # 美妆日化市场8个，美妆日化市场交易额占…: of their sales
        if _whole_words(clause) in load_phrases().whole_time_words:  # 1—6月完成区级税收
            return part, _year_of_part(index, part)  # 1.86亿元，占全年的48.2%: of the year's
        whole_name, named = _named_whole(index, clause, part)
        if named is not None:
            return part, named
        if _of_whole_place(rate, clause) and (
            own := _parent_of_its_place(index, rate, clause, part)
        ):
            return part, own  # 周泾镇实现…601.15亿元，其中…428.64亿元，占全镇的71.3%: the town's
        if _of_whole_place(rate, clause) and _under_a_zone(index, part):
            # 经济开发区…，其中高新技术产业产值180.2亿元，占全区的40.0%: of the district's
            return part, _whole_place_level(index, part, key(part))  # 高新技术产业产值
        if _of_whole_place(rate, clause) and part.parent:
            return part, _whole_place_level(index, part, part.parent)
        if _of_whole_place(rate, clause) and is_part_of_place(part.scope):
            # 桐岭高新区完成规模以上工业总产值286.45亿元，占全县的65.9%: of the county's own
            return part, _whole_place_level(index, part, key(part))
        if whole_name:  # 占固定资产投资比重38.5%: the whole it names is not printed
            return None, None
        words = _whole_words(clause)
        among = _among_named(before, part)
        if among is not None:  # 签约项目64个…；签约项目中制造业项目46个，占71.9%
            return part, among
        sibling = _whole_of_sibling(part, before, judged) if len(words) < 2 else None
        if sibling is not None:  # 其中，食品加工…，占规上工业总产值的37.8%；机械装备…，占24.7%
            return part, sibling
        if part.parent:
            sibling = _sibling_named(before, part, words)
            if sibling is not None:  # 其中羊142.3万只，…，绒山羊96.8万只，占羊只存栏的68.0%
                return part, sibling
            own = index.by_id(part.parent_id) if part.parent_id else None
            whole = (  # 新增市场主体2.46万户，其中企业1.08万户，占43.9%: of the new ones
                own
                if own is not None and own.value is not None
                else index.level(part.parent, part.period, part.kind, like=part)
            )
            if whole is not None and _may_be_named(whole, words):
                return part, whole
            if whole is not None and _total_of_kind(words, part, index.rules.cue("total_names")):
                return part, whole  # 三类诉求合计6438件，占诉求总量的43.3%: of the total
            named_before = _named_before(before, part, words) if whole is not None else None
            if (
                named_before is not None
                and named_before.parent_id == part.parent_id
                and named_before.name not in words
            ):  # 市容环境类诉求…，三类诉求合计…，占诉求总量的: no sibling (but 占电子信息产业
                named_before = None  # 产值的 names 电子信息, listed with the part's total)
            if whole is not None and words[-2:] in whole.name and named_before is None:
                return part, whole  # 茶叶种植面积3.26万亩…，占茶园总面积的26.4%: the same head
            if whole is not None:  # 办结38105件，其中…，占上报总数的70.7%: the whole it names;
                return part, named_before  # 合计…。其中，…占电子信息产业产值的: 电子信息
        if part.row in split_total:
            return part, split_total[part.row]
        if len(before) > 1 and len(words) < 2 and _siblings(before[-2], part):
            return part, None  # 纺织服装产业实现产值…。装备制造产业实现产值…，占比: of no sibling
        named = _named_exactly_before(before, part, words)
        if named is not None:  # 新签约亿元以上项目62个，其中1亿元至5亿元项目32个；…，占亿元
            return part, named  # 以上项目的43.5%: the figure so named, not the class before
        if (
            len(before) > 1
            and before[-2] is not part  # 企业6218户、个体工商户9917户，企业占比: not its own
            and before[-2].unit_text == part.unit_text
            and before[-2].period == part.period  # not last year's level (比上年的16875件)
            and _may_be_named(before[-2], words)
        ):
            if _smaller(before[-2], part):  # 街道级税收3.12亿元；服务业税收18.71亿元，占比…
                whole = _same_head_before(before[:-2], part)
                if (
                    whole is not None
                    and rated
                    and whole.row in rated
                    and common_tail(whole.name, part.name) >= _SIBLING_TAIL
                ):
                    return part, None  # 石化产业完成产值…，占…的47.3%，其中…；装备制造业完成
                    # 产值892.6亿元，占27.3%: a sibling with a share of its own, no whole
                return part, whole
            if judged and before[-2].row in judged and len(words) < 2:
                return part, judged[before[-2].row]  # A 9.86亿元，占…的26.7%；B 8.74亿元，占23.7%
            if rated and before[-2].row in rated:
                return part, None  # 物业管理类1126件，占26.3%；市容环境类862件，占20.1%: siblings
            if item_between(before[-2], part) and _classes_alike(before[-2], part):
                return part, None  # 供暖类…下降到2213件；市容环境类1687件，占10.9%: a sibling
            return part, before[-2]
        return part, None
    listed = rate.words_to_figure()
    if has_respectively(listed) and "占" not in listed:  # …，就业率分别为96.8%和96.0%: rates of the
        return None, None  # subjects of the lists before, each of its own (not read here)
    stem = _stem(rate)
    if len(stem) >= 2:
        # …水稻插秧机76台。农作物耕种收综合机械化率97.2%，…，其中水稻机械化插秧率95%: a rate
        # named by its stem is of no figure of an earlier sentence printed before another rate
        recent = [
            k
            for k in range(len(before) - 1, max(-1, len(before) - 4), -1)
            if before[k].row > since or not sentence_between(before[k], rate)
        ]
        # 其中集中安置3916人、分散安置466人，集中安置率89.4%: the part the stem names whole
        recent.sort(key=lambda k: stem not in before[k].name)
        for k in recent:
            part = before[k]
            words = part.clause
            if not part.is_level:
                continue  # 新增…520张: a rate of the stock is of the stock's figures
            if rated and part.row in rated:
                continue  # 子女1.18万人，占54.6%，…子女在公办学校就读比例46.2%: of another figure
            total = split_total.get(part.row)  # 登记失业人员1877人，其中…就业1286人，失业人员
            if _names_stem(stem, words, part.name, total.name if total else ""):  # 就业率
                if _of_whole_place(rate, clause) and part.parent:
                    return part, _whole_place_level(index, part, part.parent)
                if total is not None:
                    if _rate_of_a_group(stem, total, index.rules.cue("people_ends")):
                        return part, None  # 老年人签约率 of 家庭医生签约居民: of all the elderly
                    pool = _pool_before(before[:k], part, index.rules.rate_pools, stem)
                    return part, pool or total
                return part, _among(before[:k], part) or _done_of(before[:k], part)
    last = before[-1]
    if (
        last.is_count
        and last.value is not None
        and last.value.lo == last.value.hi
        and (last.clause.rstrip().endswith("中") or "其中" in clause.split(rate.value_text)[0])
    ):
        return None, last
    return None, None


def _total_of_kind(words: str, part: Quantity, totals: tuple[str, ...]) -> bool:
    """Whether a share's whole is named as the total (``total_names``) of the kind its part
    is of (占诉求总量 for 三类诉求)."""
    kind = next((words.removesuffix(t) for t in totals if words.endswith(t)), "")
    return len(kind) >= 2 and part.name.endswith(kind)


def _pool_before(
    earlier: list[Quantity], part: Quantity, pools: dict[str, tuple[str, ...]], stem: str
) -> Quantity | None:
    """The last of a few figures before ``part``, a part of the same total named as a pool
    (``rate_pools``: 劳动力) and no smaller than it, which the rate of ``part`` is over unless
    its ``stem`` is of a rate over all (脱贫); ``None`` when there is none (of the total)."""
    words = [w for w, over_all in pools.items() if not any(s in stem for s in over_all)]
    for q in reversed(earlier[-_LOOK_BACK:]):
        if (
            part.parent_id
            and q.parent_id == part.parent_id
            and any(w in q.name for w in words)
            and q.unit_text == part.unit_text
            and not _smaller(q, part)
        ):
            return q
    return None


def _level_grown(
    grown: Quantity | None, part: Quantity, recent: list[Quantity], rate: Quantity
) -> Quantity | None:
    """The level named like ``grown``, a growth printed with no level after ``part`` and
    right before ``rate`` in its item: what the rate is the share of; else ``None``."""
    if grown is None or not _grown_right_before(grown, part, rate):
        return None
    return next((q for q in reversed(recent) if q.is_level and key(q) == key(grown)), None)


def _grown_right_before(grown: Quantity | None, part: Quantity, rate: Quantity) -> bool:
    """Whether ``grown``, a growth printed with no level, stands after ``part`` and right
    before ``rate`` in its item (民间投资增长9.6%，占…的比重61.2%)."""
    if grown is None or grown.row < part.row or grown.row != rate.row - 1 or not key(grown):
        return False
    return not item_between(grown, rate)


def _progress(rate: Quantity, before: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """``完成工业总产值61.35亿元，完成全年目标125亿元的49.1%``: the progress of an actual
    towards the whole-year target printed right before the rate (part, whole)."""
    target = before[-1]
    if rate.kind != "actual":
        return None
    if target.kind != "target" or target.row != rate.row - 1:
        return _progress_named_before(rate, before)
    part = _actual_of(target, before[-_LOOK_BACK:-1], rate.period)
    return (part, target) if part is not None else None


def _progress_listed(
    rate: Quantity, before: list[Quantity], index: ClaimIndex
) -> tuple[Quantity, Quantity] | None:
    """``地区生产总值、一般公共预算收入分别完成规划目标250亿元、13亿元的101.3%和98.6%``: the
    progress of the actual of a listed target's subject towards that target (part, whole),
    the target linked to the rate by the extractor."""
    target = index.by_id(rate.linked_to) if rate.link == "progress_of" else None
    if target is None or target.kind != "target" or not target.is_level:
        return None
    part = _actual_of(target, before[-_LOOK_BACK:], target.period)
    return (part, target) if part is not None else None


def _actual_of(target: Quantity, earlier: list[Quantity], period: object) -> Quantity | None:
    """The last of the figures ``earlier`` (a few, so that endless lists stay linear) that is
    the actual level of ``target``'s subject in ``period``, in its unit; never an average
    (村均32.2万元，完成全年目标720万元的53.7%)."""
    for part in reversed(earlier):
        if (
            key(part) == key(target)
            and part.kind == "actual"
            and (part.is_level or part.measure == target.measure)  # 新增就业1865人，完成…1600人
            and part.period == period
            and part.unit_text == target.unit_text
            and not _per_unit(part)
        ):
            return part
    return None


def _progress_named_before(
    rate: Quantity, before: list[Quantity]
) -> tuple[Quantity, Quantity] | None:
    """``年度计划投资60亿元，实际完成投资68.5亿元，完成年度计划的108.6%``: a rate named as the
    plan (a target word) right after an actual, whose target is printed just before it."""
    named = rate.name in load_phrases().target_words
    words = (rate.sentence_before(_COMPLETION_CHARS) or "") + rate.quote
    if not (named or _COMPLETION_RATE.search(words)) or len(before) < 2:
        return None  # (…实际完成72.36亿元，完成率112.4%: the rate of its plan too)
    part, target = before[-1], before[-2]
    if part.row != rate.row - 1 or part.kind != "actual" or not part.is_level:
        return None
    if target.kind != "target" or target.unit_text != part.unit_text:
        return None
    planned, done = key(target), key(part)
    if item_between(target, part) and not (planned.endswith(done) or done.endswith(planned)):
        return None  # …为年初预算8.09亿元的102.1%；一般公共预算支出25.6亿元，完成调整预算的
        # 96.8%: the revenue's budget, no plan of the spending (年度计划投资145亿元。…完成投资
        # 132.6亿元，完成年度计划的91.4%: the investment's)
    return part, target


#: A completion rate (完成率112.4%): the progress of the actual before it towards its plan.
_COMPLETION_RATE = re.compile(r"完成率(?:为|达到|达)?\d")
_COMPLETION_CHARS = 4


def _whole_inline(rate: Quantity, before: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """``流转土地1150亩，占全街道耕地面积2987亩的38.5%``: the whole printed inside the share
    (named, like the rate, by the words after 占, or by a wording they end with), the part
    right before it (part, whole)."""
    if len(before) < 2:
        return None
    part, whole = before[-2], before[-1]
    named = whole.name == rate.name and whole.name.startswith("占")
    # 占全市规模以上工业营业收入6120.5亿元的43.6%: the whole named by its wording, the rate from 占
    worded = (
        rate.name.startswith("占")
        and bool(whole.name)
        and rate.name.endswith(whole.name)
        and (rate.sentence_before(24) or "").endswith(f"{whole.value_text}{whole.unit_text}的")
    )
    # 占一般公共预算支出48.63亿元的比重达到84.1%: the rate named by 比重 after the whole
    said = rate.sentence_before(_WHOLE_BEFORE_RATE) or ""
    printed = _WHOLE_GLUED.search(said) if rate.name in ("比重", "比例") else None
    glued = printed is not None and printed.group(1) == f"{whole.value_text}{whole.unit_text}"
    if not (named or worded or glued) or whole.row != rate.row - 1:
        return None
    if glued and not named and not worded:  # 新能源装机占全县电力总装机241.5万千瓦的比重…:
        subject = re.split(r"[，,；;]", said)[-1].split("占")[0]  # the part its subject names
        if subject and re.search(r"[和、及与]", subject):
            return None  # (光伏和风电装机占…的比重: of two parts together, none alone)
        if subject:
            return _named_part(subject, before[:-1], whole)
    if not any(w in whole.name for w in load_phrases().new_words):  # not 占全市新增面积…的
        recent = before[-_LOOK_BACK:-1]
        for k in range(len(recent) - 1, -1, -1):  # …增加到15.8万亩，增加1.0万亩，增长6.8%，
            earlier = recent[k]  # 占…29.8万亩的53.0%: the level, not its change; nor the new
            if (
                earlier.measure == "change"
                or (  # ones added to it (新增1.2万亩)
                    earlier.measure == "new"
                    and any(x.measure == "level" and x.family == earlier.family for x in recent[:k])
                )
            ):
                continue
            part = earlier
            break
    if len(part.name) < 2 or part.name not in whole.name:  # (占全市玉米产量…的: of 玉米)
        part = _total_of_listed_parts(part, before) or part
    if part.family != whole.family or part.period != whole.period:
        return None
    clause = re.split(r"[，,；;]", said)[-1]
    if "占" in clause and has_respectively(clause.split("占")[0]):
        part = _first_listed(part, before)  # 甲、乙分别…，分别占…826.3亿元的32.5%和18.6%
    return part, whole


def _next_of_listed_rates(
    rate: Quantity, before: list[Quantity], judged: dict[int, Quantity] | None
) -> tuple[Quantity, Quantity] | None:
    """``甲、乙分别实现税收268.5亿元和153.7亿元，分别占全区税收收入826.3亿元的32.5%和18.6%``:
    a rate listed right after one whose part was judged is of the part listed right after
    that one, over the same whole (part, whole); ``None`` otherwise."""
    if not judged or len(before) < 3:
        return None
    if not _AFTER_LISTED_RATE.search(rate.sentence_before(8) or ""):
        return None
    last = next((q for q in reversed(before) if q.row in judged), None)
    if last is None:
        return None
    k = before.index(last)
    following = before[k + 1] if k + 1 < len(before) else None
    whole = judged[last.row]
    if (
        whole is not before[-1]
        or following is None
        or following is whole
        or not following.is_level
        or following.family != last.family
        or following.period != last.period
        or not _listed_with(last, following)
    ):
        return None
    return following, whole


#: A rate listed right after another (…的32.5%和18.6%).
_AFTER_LISTED_RATE = re.compile(r"\d%[和、及]$")


def _first_listed(part: Quantity, before: list[Quantity]) -> Quantity:
    """The first of the figures listed with ``part`` right before it in its sentence (甲、乙分别
    实现税收268.5亿元和153.7亿元: 268.5), which the first of the rates listed after 分别占 is
    of; ``part`` when it is listed with none."""
    k = before.index(part) if part in before else -1
    first = part
    while k > 0:
        q = before[k - 1]
        if not (q.is_level and q.family == part.family and q.period == part.period):
            break
        words = (q.sentence_before(_LIST_CHARS) or "") + q.quote
        if sentence_between(q, part) or not (has_respectively(words) or _listed_with(q, first)):
            break
        first, k = q, k - 1
    return first


def _listed_with(q: Quantity, after: Quantity) -> bool:
    """Whether ``after`` is the next item of a list with ``q`` (已投运标准机架1.92万架、在建标准
    机架0.94万架: a 、 the last mark between them, or 和 and none)."""
    if q.anchor is None or after.anchor is None or q.context != after.context:
        return False
    between = q.context[q.anchor : after.anchor]
    marks = [ch for ch in between if ch in "，,；;、"]
    return marks[-1] == "、" if marks else "和" in between


#: How many characters before a listed figure are read for its 分别.
_LIST_CHARS = 24


def _named_part(
    subject: str, before: list[Quantity], whole: Quantity
) -> tuple[Quantity, Quantity] | None:
    """The part a share names before 占 (新能源装机 of 新能源装机容量86.4万千瓦), the nearest
    figure in the whole's unit family named so, with ``whole``; ``None`` when none is."""
    for q in reversed(before[-_LOOK_BACK:]):
        alike = q.family == whole.family and q.period == whole.period and q.is_level
        if alike and q.name and (q.name.startswith(subject) or subject.startswith(q.name)):
            return q, whole
    return None


#: How many characters before a rate the words of its whole are read (占…48.63亿元的比重达到).
_WHOLE_BEFORE_RATE = 48
#: A whole printed with its figure between 占 and the rate's 比重 (占一般公共预算支出48.63亿元的
#: 比重达到; the rate's quote may start at 比重): the figure and its unit.
_WHOLE_GLUED = re.compile(
    r"占[^，,。；;]{0,16}?(\d[\d.]*[^\d，,。；;的]{1,6})的(?:(?:比重|比例)(?:为|达到|达|是)?)?$"
)


def _total_of_listed_parts(part: Quantity, before: list[Quantity]) -> Quantity | None:
    """The total a list of parts splits when ``part`` closes that list (其中光伏186.5万千瓦、风电
    63.8万千瓦，占…的93.3%: the share is of the total before 其中, not of the last part alone);
    ``None`` when ``part`` is no last part of a list joined by 、."""
    if not part.parent_id or not part.value_text:
        return None
    words = part.words_to_figure()
    listed = "、" in words and any(ch.isdigit() for ch in words.rsplit("、", 1)[0])
    recent = before[-_LOOK_BACK:]  # (bounded: the list and its total are a few figures back)
    siblings = any(q.parent_id == part.parent_id and q is not part for q in recent)
    if not (listed and siblings):
        return None
    total = next((q for q in reversed(recent) if q.claim_id == part.parent_id), None)
    if total is None or total.family != part.family or total.period != part.period:
        return None
    return total


def _rate_of_a_group(stem: str, total: Quantity, people: tuple[str, ...]) -> bool:
    """Whether a rate's stem names a group of people before its verb (老年人签约, 贫困户参保)
    that its part's total does not: the rate is then over all of that group, printed or not,
    not over the total (集中安置率 names a way, and is over all those resettled)."""
    at = max(stem.rfind(c) for c in people)
    group = stem[: at + 1] if at >= 1 else ""
    return bool(group) and not any(group[-2:] in n for n in (total.name, total.indicator))


def _named_by_stem(stem: str, part: Quantity, recent: list[Quantity]) -> Quantity:
    """The last figure before a rate whose name ends with the rate's whole stem, of the same
    unit and kind as ``part`` (the figure the rate follows); else ``part``."""
    return next(
        (
            q
            for q in reversed(recent)
            if q.name.endswith(stem)
            and q.is_level
            and q.kind == part.kind
            and q.unit_text == part.unit_text
            and q.period == part.period
        ),
        part,
    )


def _names_stem(stem: str, words: str, name: str = "", head_words: str = "") -> bool:
    """Whether ``words`` hold the end of a rate's stem (行政村覆盖: 行政村, 覆盖), not negated
    (风险未消除), or the figure's ``name`` ends with three characters of it in a row
    (非公企业党组织覆盖: 党组织; not 幼儿园学位 for 普惠性幼儿园覆盖). An end that leaves a
    head of four characters or more unread names the figure only when the words (or
    ``head_words``, the name of the total the figure is listed under) hold the head's first
    two too."""
    for i in range(len(stem) - 1):
        if stem[i:] in words:  # not 风险未消除的8户 for 风险消除率: those it leaves out
            if i >= _HEAD_MIN and stem[:2] not in words + head_words:
                return False  # 登记失业人员就业率 of 帮扶就业困难人员就业216人: another subject
            return not any(f"{no}{stem[i:]}" in words for no in _NEGATIONS)
    return any(name.endswith(stem[i : i + 3]) for i in range(len(stem) - 2))


#: How many characters before a share's quote may hold the words of a share of a sum (合计).
_SUM_WORDS_BACK = 4
#: How long a head of a stem left unread may be before its words must be seen (登记失业人员…).
_HEAD_MIN = 4
#: Words before the stem of a rate that make a figure the ones it does not count.
_NEGATIONS = ("未", "尚未", "没有", "不")


def _among(earlier: list[Quantity], part: Quantity) -> Quantity | None:
    """The count a part is counted among in its own clause (在28家非公企业中建立党组织21个:
    21 of 28), else ``None``."""
    if not earlier or not part.is_count:
        return None
    whole = earlier[-1]
    if not whole.is_count or whole.period != part.period:
        return None
    clause, at = whole.clause, whole.clause.find(whole.value_text)
    after_whole = clause[at + len(whole.value_text) :] if at >= 0 else ""
    before_part = part.clause.split(part.value_text, 1)[0]
    if "中" not in after_whole or not before_part or not after_whole.endswith(before_part):
        return None  # the two figures are not one stretch of words with 中 between them
    return whole


def _done_of(earlier: list[Quantity], part: Quantity) -> Quantity | None:
    """The count a part says is already done of (搬迁劳动力9876人，已实现就业9512人: 9512 of
    9876): the count right before it in its sentence, in its unit, when its clause opens with
    已; else ``None``."""
    if not earlier or not part.is_count:
        return None
    whole = earlier[-1]
    if not whole.is_count or whole.unit_text != part.unit_text or whole.period != part.period:
        return None
    if sentence_between(whole, part) or not _larger_or_equal(whole, part):
        return None
    opening = re.split(r"[，,；;]", part.sentence_before(_DONE_CHARS) or "")[-1]
    return whole if opening.startswith("已") else None


def _larger_or_equal(whole: Quantity, part: Quantity) -> bool:
    return whole.value is not None and part.value is not None and whole.value.hi >= part.value.lo


#: How many characters before a part are read for the 已 that opens its clause.
_DONE_CHARS = 12


#: Names of a rate of the year before (去年同期机插率为63.5%).
_LAST_YEARS_RATE = ("去年同期", "上年同期", "去年", "上年")


def _per_unit(q: Quantity) -> bool:
    """Whether a figure is an average per unit (村均, 户均, 人均)."""
    return any(n.startswith(load_phrases().per_unit_words) for n in (q.name, q.indicator) if n)


def _of_a_wider_whole(rate: Quantity, index: ClaimIndex) -> bool:
    """Whether a share names a whole of a wider area or of a whole place (占全县的, 占全省的),
    so that the figure before it is no sibling of the next one's."""
    words = _whole_words(rate.clause)
    wider = index.rules.cue("wider_wholes")
    return any(w in words for w in wider) or _WHOLE_PLACE.search(words) is not None


def _among_named(before: list[Quantity], part: Quantity) -> Quantity | None:
    """The figure a part says it is counted among (签约项目中制造业项目: 签约项目), the
    nearest before it of its unit and time; ``None`` when the name says none."""
    among, mark, _ = part.name.partition("中")
    if not mark or len(among) < 2:
        return None
    for q in reversed(before[-_LOOK_BACK:]):
        if (
            q is not part
            and q.unit_text == part.unit_text
            and q.period == part.period
            and (q.name == among or q.indicator == among or among in plain_name(q.name))
            and scopes_compatible(q, part)  # not 龙井村集体经济收入
            and (q.is_level or q.measure == "new")  # not 比上年增加94.3万元; 新增商事主体中
        ):
            return q  # 集体经济收入中经营性收入: among 村集体经济总收入
    return None


#: The shortest stem of a share with no 占 that must name the figure it is a share of
#: (规模化养殖比重); shorter ones (占比) name nothing.
_STEM_MIN = 4
#: How many figures back a share's whole is looked for by name.
_LOOK_BACK = 12


def _nearest_alike_before(
    before: list[Quantity], part: Quantity, accept: Callable[[Quantity], bool]
) -> Quantity | None:
    """The nearest figure before ``part`` (among the last few), of its unit and period, that
    ``accept`` takes; ``None`` when there is none."""
    for q in reversed(before[-_LOOK_BACK:]):
        alike = q is not part and q.unit_text == part.unit_text and q.period == part.period
        if alike and accept(q):
            return q
    return None


def _named_before(before: list[Quantity], part: Quantity, words: str) -> Quantity | None:
    """The nearest figure before ``part`` (among the last few), of its unit and period, that
    ``words`` name."""
    if len(words) < 2:
        return None
    return _nearest_alike_before(before, part, lambda q: _may_be_named(q, words))


def _sibling_named(before: list[Quantity], part: Quantity, words: str) -> Quantity | None:
    """A part of the same total printed before ``part`` whose name opens the words of the
    share's whole, with more words after it (其中羊142.3万只，…，绒山羊96.8万只，占羊只存栏的
    68.0%; 其中荔枝21.45万吨，…早熟品种9.6万吨，占荔枝产量的44.8%): the whole, not the total."""
    if not part.parent_id:
        return None

    def names_it(q: Quantity) -> bool:
        rest = words[len(q.name) :] if q.name and words.startswith(q.name) else ""
        return (
            q.parent_id == part.parent_id
            and bool(rest)
            and not _smaller(q, part)
            and not any(w in rest for w in _WHOLE_OF_ALL_WORDS)
        )

    return _nearest_alike_before(before, part, names_it)


#: Words after a sibling's name in a share's whole that make it the whole of all of them
#: (其中农业…，渔业5.2亿元，占农业总收入的17.2%: 农业总收入 is the whole of 农林牧渔).
_WHOLE_OF_ALL_WORDS = ("总", "经济", "全部", "合计")


def _remainder(q: Quantity) -> bool:
    """Whether ``q`` is printed as the rest of a total (其余9个项目总投资2.85亿元)."""
    words = q.clause + ((q.sentence_before(_REST_BACK) or "").split("，")[-1])
    return any(w in words for w in load_check_vocabulary().cue("rest"))


#: How many characters before a figure a word of the rest may open its clause (其余9个项目…).
_REST_BACK = 16


#: How many characters before a figure the words of its sentence are read.
_SENTENCE_BACK = 80
#: A share named by its whole, 中, then its part (新入规企业中电子信息和白酒企业占).
_FRAMED_PART = re.compile(r"^(.{2,})中(.{2,})占$")


def _classes_alike(a: Quantity, b: Quantity) -> bool:
    """Whether two figures name classes of one kind (供暖类, 市容环境类): siblings, no whole."""
    return any(a.name.endswith(w) and b.name.endswith(w) for w in _CLASS_ENDS)


#: Ends of the name of a class of things (供暖类诉求 is named 供暖类).
_CLASS_ENDS = ("类",)


def _smaller(whole: Quantity, part: Quantity) -> bool:
    """Whether ``whole`` is certainly smaller than ``part`` (so it cannot be its whole)."""
    return (
        whole.value is not None
        and part.value is not None
        and whole.value.hi is not None
        and part.value.lo is not None
        and whole.value.hi < part.value.lo
    )


def _same_head_before(before: list[Quantity], part: Quantity) -> Quantity | None:
    """The nearest figure before, of the part's unit and period, whose name shares the part's
    head (服务业税收 and 全口径税收收入) and is no smaller than it; ``None`` when there is none."""
    head = part.name[-2:]
    for q in reversed(before[-_LOOK_BACK:]):
        if (
            len(head) == 2
            and q is not part  # 电子信息产业占24.3% after the list: no share of itself
            and q.unit_text == part.unit_text
            and q.period == part.period
            and any(head in n for n in (q.name, q.indicator))
            and not _smaller(q, part)
        ):
            return q
    return None


def _adds_to(q: Quantity, before: list[Quantity]) -> bool:
    """Whether ``q`` counts the new ones added to the level printed right before it
    (由67家增加到78家，新增11家)."""
    k = next((i for i in range(len(before) - 1, -1, -1) if before[i] is q), 0)
    return q.measure == "new" and k > 0 and before[k - 1].is_level and before[k - 1].name == q.name


def _in_closed_paren(q: Quantity, rate: Quantity) -> bool:
    """Whether ``q`` is printed in brackets that close before ``rate`` (税收收入98.46亿元（增值税
    42.36亿元、…个人所得税7.65亿元），占…的81.1%: the rate is of the figure before them)."""
    if not q.context or q.context != rate.context or q.anchor is None or rate.anchor is None:
        return False
    between = q.context[q.anchor : rate.anchor]
    closed = between.count("）") + between.count(")")
    return closed > between.count("（") + between.count("(")


def _rate_of_its_own(index: ClaimIndex, rate: Quantity) -> bool:
    """Whether ``rate`` is over a whole no report prints (城镇登记失业率 over the labour force:
    ``rates_of_unprinted_wholes`` in checking.toml), and not named as a share (占…): no share
    of the figures printed before it."""
    own = index.rules.cue("rates_of_unprinted_wholes")
    if not any(w in (rate.indicator or rate.name) for w in own):
        return False
    return "占" not in rate.clause and "占" not in rate.name


def _own_subject(rate: Quantity) -> str:
    """The part a share names before 占 (服务业增加值占地区生产总值比重); empty when it follows
    the figure it is the share of (…44.0亿元，占地区生产总值的51.0%)."""
    at = rate.name.find("占")
    return rate.name[:at] if at >= 2 else ""


def _subject_is(index: ClaimIndex, subject: str, part: Quantity) -> bool:
    """Whether ``subject`` names ``part``: one begins the other (税收, 税收收入), or it holds a
    wording of the part's indicator. A subject of one market (对东盟进出口) names only the
    figure of that market, not the total."""
    if subject.startswith(MARKET) and not (part.scope and subject.startswith(part.scope)):
        return False
    if is_part_of_place(part.scope) and part.scope not in subject:
        return False  # 滨江街道全口径税收收入12.6亿元。区级税收收入占…: not the street's
    names = [n for n in (part.name, part.indicator) if len(n) >= 2]
    if any(n.startswith(subject) or subject.startswith(n) for n in names):
        return True
    entry = index.vocabulary.get(part.indicator)
    return entry is not None and any(w in subject for w in entry.wordings)


def _measure_named_after(index: ClaimIndex, subject: str, part: Quantity) -> Quantity:
    """The figure printed right after ``part`` and named by the rest of the share's
    ``subject`` (其中京津项目41个、投资198.6亿元，京津项目投资占…: 投资 of 京津项目, not the
    count of its projects); else ``part``."""
    rest = subject.removeprefix(part.name) if len(part.name) >= 2 else subject
    if rest == subject or not rest or part.row + 1 >= len(index.quantities):
        return part
    after = index.quantities[part.row + 1]
    if after.paragraph != part.paragraph or after.name != rest or after.unit == part.unit:
        return part
    return after if after.is_level and after.kind == part.kind else part


def _names_part(rate: Quantity, part: Quantity) -> bool:
    """Whether the name of a share begins with the name of ``part`` (工业总产值占…)."""
    return any(len(n) >= 2 and rate.name.startswith(n) for n in (part.name, part.indicator))


def _in_other_unit(
    index: ClaimIndex, rate: Quantity, part: Quantity, whole: Quantity
) -> Finding | None:
    """``其中集中安置938户4104人…，集中安置率为72.9%``: a rate whose words name no unit, of a
    part and a whole each printed in two units side by side (households and people), that
    holds for the pair in the other unit: that finding; ``None`` when there is none."""
    pairs = [_unit_pair(index, q) for q in (part, whole)]
    if None in pairs or rate.unit_text in rate.name:
        return None
    other_part, other_whole = pairs
    assert other_part is not None and other_whole is not None
    if other_part.unit is None or other_whole.unit is None:
        return None
    if other_part.unit.kind != other_whole.unit.kind:
        return None
    found = judge_share(rate, other_part, other_whole)
    return found if found.verdict == CONSISTENT else None


def _unit_pair(index: ClaimIndex, q: Quantity) -> Quantity | None:
    """The figure printed right next to ``q`` in another unit of count (938户4104人), if any."""
    for k in (q.row - 1, q.row + 1):
        if not 0 <= k < len(index.quantities):
            continue
        x = index.quantities[k]
        if (
            x.paragraph == q.paragraph
            and x.period == q.period
            and x.is_count
            and q.is_count
            and x.unit_text != q.unit_text
            and x.value is not None
            and (
                q.value_text + q.unit_text + x.value_text in q.context + x.context
                or x.value_text + x.unit_text + q.value_text in q.context + x.context
            )
        ):
            return x
    return None


def _of_an_earlier_year(q: Quantity, rate: Quantity) -> bool:
    """Whether ``q`` is of a year before the rate's (the level of last year in brackets)."""
    return (
        q.period is not None and rate.period is not None and q.period.end[0] < rate.period.start[0]
    )


def _part_in_named_unit(part: Quantity, recent: list[Quantity], words: str) -> Quantity:
    """``其中已消除风险986户3874人，占监测户总数的79.0%``: of a pair of figures in two units,
    the one in the unit the whole's words name (户), not the last one (人)."""
    if not part.unit_text or part.unit_text in words or part not in recent:
        return part
    k = recent.index(part)
    pair = recent[k - 1] if k else None
    if (
        pair is not None
        and pair.is_level
        and pair.unit_text
        and pair.unit_text in words
        and pair.period == part.period
        and not sentence_between(pair, part)
    ):
        return pair
    return part


def _kind_of_bare(words: str) -> str:
    """The kind named right before a bare wording of a whole (楼宇 of 占全街道楼宇税收), past
    the whole place; ``""`` for none, or for a word that names all of it (全口径, 自营).

    Examples
    --------
    >>> [_kind_of_bare(w) for w in ("全街道楼宇", "楼宇", "全口径", "全区", "")]
    ['楼宇', '楼宇', '', '', '']
    """
    kind = _WHOLE_PLACE_LEAD.sub("", words)
    if not kind or kind.startswith("全") or kind in load_phrases().not_kinds:
        return ""
    return kind


def _level_of_kind(index: ClaimIndex, kind: str, bare: str, part: Quantity) -> Quantity | None:
    """The one level of the part's time and kind named as the ``bare`` wording of ``kind``
    (楼宇区级税收, 重点楼宇 + 税收 as scope and name, for 楼宇税收), other than the part."""
    near = index.quantities[max(0, part.row - _KIND_BACK) : part.row + _KIND_AHEAD]
    found = {
        q.value_text: q
        for q in near  # a few figures around the part: the whole is printed near it
        if q.row != part.row
        and q.value is not None
        and q.is_level
        and q.period == part.period
        and q.kind == part.kind
        and q.unit is not None
        and part.unit is not None
        and q.unit.kind == part.unit.kind
        and bare in q.name
        and (kind in q.scope or kind in q.name)
    }
    return next(iter(found.values())) if len(found) == 1 else None


#: A rate's definition in brackets naming what it divides by (按上年末存栏计算).
_PER_BASE = re.compile(r"按(.{2,12}?)(?:计算|计)")
#: How many figures before and after a part the figure of its kind's whole is looked for.
_KIND_BACK, _KIND_AHEAD = 40, 8
#: The whole place before a kind of a figure (全街道楼宇税收, 全区工业税收).
_WHOLE_PLACE_LEAD = re.compile(r"^(?:全|我|本)(?:街道|[省市县区镇乡村旗])")


def _named_whole(index: ClaimIndex, clause: str, part: Quantity) -> tuple[str, Quantity | None]:
    """The vocabulary indicator a share names as its whole (``占固定资产投资比重``), and its
    level of the part's period when the report prints one; ``("", None)`` when the share
    names none (or names the part's own indicator)."""
    after = clause.split("占", 1)[-1]
    best = None
    for entry in index.vocabulary.values():
        for wording in entry.wordings:
            if wording in after and (best is None or len(wording) > len(best[1])):
                best = (entry.name, wording)
    if best is None:
        words = _whole_words(clause)
        found = _named_elsewhere(index, words, part)
        plain = _WHOLE_PLACE_LEAD.sub("", words)  # 占全区营业收入的31.3%: the zone's 营业收入
        if found[1] is None and plain != words:  # (the whole place's, not a figure of the
            found = _named_elsewhere(index, plain, part, shortened=False)  # sentence)
        return found
    at = after.find(best[1])
    qualified = next((w for w in load_phrases().not_after_words if after.endswith(w, 0, at)), "")
    if at >= 2 and after[at - 1] == "级":
        qualified = after[at - 2 : at]
    kind = _kind_of_bare(after[:at]) if best[1] in load_phrases().bare_wordings else ""
    if kind and not qualified:  # 占楼宇税收的72.0%, 占重点楼宇税收的43.2%: the buildings' tax
        return kind + best[1], _level_of_kind(index, kind, best[1], part)
    if qualified:  # 占全区区级税收收入的, 占工业税收的: the figure of that name, not the total
        named = qualified + best[1]
        levels = [q for q in index.named(named) if q.row != part.row]
        same_time = [q for q in levels if q.period == part.period and q.kind == part.kind]
        one = len({q.value_text for q in same_time}) == 1  # one figure, restated or not
        if levels or not qualified.endswith("级"):  # 镇级一般公共预算收入: a town's own level
            return named, same_time[0] if one else None
    lead = _WHOLE_PLACE_LEAD.match(_whole_words(clause))
    if (
        lead is not None
        and part.scope.endswith(lead.group(0)[-1])
        and len(part.scope) > 1
        and not part.scope.endswith(load_phrases().sub_areas)  # (高新区…占全区的: a zone's)
    ):
        own = _first_two(  # 渤海区实现地区生产总值312.5亿元，服务业增加值…，占全区地区生产总值的
            q  # 71.2%: of the district the part is of, in a city's report
            for q in index.iter_levels(best[0], part.period, part.kind)
            if q.scope == part.scope and q.row != part.row
        )
        if len(own) == 1:
            return best[0], own[0]
    plain = _WHOLE_PLACE_LEAD.sub("", _whole_words(clause))  # 全区税收总额: 税收总额
    if plain != _whole_words(clause):  # 占全区税收总额的23.6%: the place's figure so named
        own = _first_two(
            q
            for q in index.iter_levels(best[0], part.period, part.kind)
            if q.name == plain
            and (not q.scope or _ALL_TAXES in q.scope)
            and q.value_text != part.value_text  # not the part restated (全区 of a town's)
        )
        if len(own) == 1:
            return best[0], own[0]
    market = _whole_words(clause)[:at] if at > 0 else ""
    if market.startswith(MARKET):  # 其中对越南进出口58.46亿元，占对东盟进出口的51.9%: of that
        scoped = _first_two(  # market's figure
            q
            for q in index.iter_levels(best[0], part.period, part.kind)
            if q.scope == market and q.row != part.row
        )
        return best[0], scoped[0] if len(scoped) == 1 else None
    if best[0] == part.indicator:  # 园区…168.5亿元，占全县规模以上工业总产值的54.9%
        # The whole of the wider place: the one figure of it without the part's scope.
        wider = _first_two(  # (or of all of the kind: 食品加工企业…，其中规模以上企业14家，
            q  # 占全镇规上工业企业的66.7%)
            for q in index.iter_levels(best[0], part.period, part.kind)
            if (part.scope or (part.parent_id and q.parent_id != part.parent_id))
            and not q.scope
            and q.row != part.row
        )
        one = len({q.value_text for q in wider}) == 1  # one figure, restated or not
        return best[0], wider[0] if wider and one else None
    parent = index.by_id(part.parent_id) if part.parent_id else None
    if parent is not None and parent.indicator == best[0] and parent.value is not None:
        return best[0], parent  # 全口径税收收入21.36亿元，其中工业税收…，占全口径税收的74.2%
    words = _whole_words(clause)
    scoped = _first_two(
        q
        for q in index.iter_levels(best[0], part.period, part.kind)
        if q.scope and words == q.scope + q.name and q.row != part.row
    )
    if len(scoped) == 1:  # 占重点楼宇税收的43.2%: the figure of that scope, as it is named
        return best[0], scoped[0]
    named = _first_two(
        q
        for q in index.iter_levels(best[0], part.period, part.kind)
        if len(plain) >= 2
        and plain in q.name
        and scopes_compatible(q, part)
        and (not q.scope or q.scope == part.scope)  # not 四大产业链合计完成规上工业产值
        and q.unit is not None
        and part.unit is not None
        and q.unit.kind == part.unit.kind
    )
    if len(named) == 1:
        return best[0], named[0]
    if _ALL_TAXES in best[1]:  # 占全区全口径税收收入的59.7%: not the budget's taxes
        every = list(
            islice(
                (
                    q
                    for q in index.iter_levels(best[0], part.period, part.kind)
                    if _ALL_TAXES in q.name and q.row != part.row
                ),
                _RESTATED,
            )
        )  # one figure, restated or not
        return best[0], every[0] if len({q.value_text for q in every}) == 1 else None
    return best[0], index.level(best[0], part.period, part.kind, like=part)


#: The word of a whole that counts every item (全口径税收收入): another figure than the one of
#: the budget named alike; how many of its statements are read.
_ALL_TAXES = "全口径"
_RESTATED = 8


#: Words of a share naming the whole place as its whole (占全县的比重).
_WHOLE_PLACE = re.compile(r"^(?:全|我)[省市县区镇乡]$")


def _of_whole_place(rate: Quantity, clause: str) -> bool:
    """Whether a share names the whole place as its whole (城关镇和河口镇占全县的比重依次为…)."""
    return any(_WHOLE_PLACE.search(_whole_words(words)) for words in (clause, rate.name))


def _parent_of_its_place(
    index: ClaimIndex, rate: Quantity, clause: str, part: Quantity
) -> Quantity | None:
    """The total ``part`` is printed under when that total is of a part of the place of the
    level the share names as its whole (占全镇的 under 周泾镇's output); ``None`` otherwise."""
    parent = index.by_id(part.parent_id) if part.parent_id else None
    if parent is None or parent.value is None or not is_part_of_place(parent.scope):
        return None
    if _under_a_zone(index, part):
        return None  # 经济开发区…，其中…，占全区的40.0%: of the district, not of its zone
    named = (_WHOLE_PLACE.search(_whole_words(w)) for w in (clause, rate.name))
    level = next((m.group(0)[-1] for m in named if m), "")
    return parent if level and parent.scope.endswith(level) else None


def _under_a_zone(index: ClaimIndex, part: Quantity) -> bool:
    """Whether ``part`` is printed under a total of a zone of the place (经济开发区完成…，其中
    …): a share of the whole place is then of the place's figure of the part's own measure."""
    parent = index.by_id(part.parent_id) if part.parent_id else None
    if parent is None:
        return False
    zones = load_phrases().sub_areas
    # (渌阳经济开发区实现技工贸总收入968.5亿元，其中…: the zone named in the total's name)
    named = part.scope.endswith(zones) and parent.label.startswith(part.scope)
    return named or parent.scope.endswith(zones)


def _whole_place_level(index: ClaimIndex, part: Quantity, whole: str) -> Quantity | None:
    """The figure of the whole place named ``whole`` (the indicator ``part`` is a part of, or
    its own for a part of the place): its one level of the part's time without a scope (not
    the total of the parts, 各乡镇合计…)."""
    first = None
    for q in index.iter_levels(whole, part.period, part.kind):
        if q.scope or q.row == part.row:
            continue
        if first is None:
            first = q
        elif q.value_text != first.value_text:  # not the same level restated (with its 年均)
            return None
    return first


def _first_two(found: Iterable[Quantity]) -> list[Quantity]:
    """The first two of ``found``: enough to tell whether there is exactly one."""
    return list(islice(found, 2))


def _named_elsewhere(
    index: ClaimIndex, words: str, part: Quantity, shortened: bool = True
) -> tuple[str, Quantity | None]:
    """The one figure the report names exactly as a share names its whole (占耕地面积的49.3%:
    耕地面积31.2万亩, printed in another paragraph), of the part's time, kind and unit (and
    restated as it is); ``("", None)`` when there is none or two that differ, or when
    ``shortened`` words may be those of a figure of the part's sentence named in full."""
    if len(words) < 2 or part.unit is None:
        return "", None
    if shortened and _ends_with_in_sentence(index, words, part):
        return "", None  # 冬季瓜菜产量42.3万吨，出岛量35.6万吨，占产量的84.2%: that one's, not
        # a figure named 产量 alone elsewhere (热带水果…，产量41.87万吨)
    first = None
    said = (part.sentence_before(_SENTENCE_BACK) or "").split("其中")
    broken_down = len(said) > 1 and words[-2:] in said[-2] and part.unit_text in said[-2]
    for q in islice(index.named(words), _NAMED_MAX):  # the first few: linear on any text
        if broken_down and q.paragraph != part.paragraph:
            continue  # 全县石雕石材产业实现产值94.7亿元，其中出口交货值…，占石雕产值的24.9%: of
            # the total it is listed under, not of a figure so named in another paragraph
        total = index.by_id(q.parent_id) if q.parent_id else None
        if total is not None and (total.name.endswith(words) or _remainder(q)):
            q = total  # 项目总投资8.65亿元，其中…，其余9个项目总投资2.85亿元: the total's name too
            # (总投资8.65亿元，…；其余9个项目总投资2.85亿元: the rest of it, never the whole)
        if (
            q.value is not None
            and q.is_level
            and q.row != part.row
            and q.period == part.period
            and q.kind == part.kind
            and q.unit is not None
            and q.unit.kind == part.unit.kind
            and scopes_compatible(q, part)
        ):
            if first is None:
                first = q
            elif q.value_text != first.value_text:  # not one figure restated
                return "", None
    return (words, first) if first is not None else ("", None)


def _ends_with_in_sentence(index: ClaimIndex, words: str, part: Quantity) -> bool:
    """Whether a level named longer than ``words`` but ending with them is printed before
    ``part`` in its sentence, a few figures back (冬季瓜菜产量 for 占产量的)."""
    for row in range(part.row - 1, max(-1, part.row - 1 - _OWN_SENTENCE_BACK), -1):
        q = index.quantities[row]
        if q.paragraph != part.paragraph or sentence_between(q, part):
            return False
        if (
            q.is_level
            and not q.scope  # (澜桥村村级集体经营性收入…，占全镇村级集体经营性收入的: a part)
            and q.name != words
            and q.name.endswith(words)
            and q.unit == part.unit
        ):
            return True
    return False


#: How many figures back a share's own sentence is read for a whole it names in short.
_OWN_SENTENCE_BACK = 6


def _both_named_elsewhere(index: ClaimIndex, rate: Quantity) -> Finding | None:
    """A share that names its part and its whole (区级税收占税收总收入的比重为33.1%) with no
    figure before it in its paragraph: judged against the one level of each name of its time
    printed elsewhere in the report, when there is exactly one; else ``None``."""
    subject = _own_subject(rate)
    if len(subject) < 2 or rate.unit is None:
        return None
    parts = [
        q
        for q in islice(index.named(subject), _NAMED_MAX)
        if q.value is not None
        and q.is_level
        and q.family != "percent"
        and not is_part_of_place(q.scope)  # 滨江街道…，其中区级税收收入2.1亿元: the street's
        and (q.period, q.kind) == (rate.period, rate.kind)
    ]
    if not parts or len({q.value_text for q in parts}) != 1:
        return None
    whole = _named_whole(index, "占" + rate.name.partition("占")[2], parts[0])[1]
    if whole is None or whole.value is None or whole.row == parts[0].row:
        return None
    if is_part_of_place(whole.scope):
        return None  # a street's or a park's figure is no whole of the place's share
    return judge_share(rate, parts[0], whole)


def _count_among(part: Quantity, before: list[Quantity]) -> Quantity | None:
    """The count ``part`` is counted among, printed as ``N个X中`` opening its sentence and
    read as its scope (全旗68个嘎查村中，…50万元以上的23个): that count, else ``None``."""
    if not part.is_count or not part.scope.endswith("中"):
        return None
    return next(
        (
            q
            for q in reversed(before)
            if q is not part
            and q.is_count
            and q.period == part.period
            and part.scope in (q.name, f"{q.name}中")
            and q.value is not None
            and part.value is not None
            and q.value.hi >= part.value.lo
        ),
        None,
    )


def _opening_among(part: Quantity, before: list[Quantity], whole_words: str) -> Quantity | None:
    """The figure of the set that opens the sentence of ``part`` with 中 (在420万亩耕地中，…；
    土地规模经营面积265万亩，占比63.1%: of the 420), when it is in the part's unit family and
    the share names no other whole (占比, or 占耕地面积的: words that start with the set's)."""
    if not part.context or part.anchor is None or part.parent_id:
        return None  # (…186万亩，其中流转给合作社112万亩，占比60.2%: of its 其中's total)
    head = part.context[: part.anchor]
    start = max(head.rfind(mark) for mark in "。！？") + 1
    found = _SET_OPENING.match(head, start)
    if found is None:
        return None
    words = whole_words.removesuffix("的").removeprefix("全").lstrip("市县区镇乡旗")
    if words and not words.startswith(found.group("x")[:2]):
        return None
    return next(
        (
            q
            for q in reversed(before[-_LOOK_BACK:])
            if q is not part
            and q.context == part.context
            and q.anchor is not None
            and found.start() <= q.anchor < found.end()
            and q.family == part.family
            and q.period == part.period
            and not _smaller(q, part)
        ),
        None,
    )


#: A set opening a sentence with the figure of how many or how much it holds (在420万亩耕地中，
#: 全县126家规上工业企业中，): the figure (``n``) and the set's noun (``x``).
_SET_OPENING = re.compile(
    r"在?(?:全[市县区镇乡旗]|我[市县区镇乡旗])?(?P<n>\d+(?:\.\d+)?)[万亿千百]?"
    r"(?:亩|公顷|平方公里|平方米|吨|元|家|个|户|人|所|名|项|座)(?P<x>[\u4e00-\u9fff]{2,10}?)中[，,]"
)


def _among_opening(part: Quantity) -> str:
    """The words of a whole that open the item of ``part`` with 中 (一般公共预算收入中，税收
    收入87.36亿元; 存款余额中，住户存款1026.8亿元), if any."""
    if not part.context or part.anchor is None:
        return ""
    head = part.context[: part.anchor]
    start = max(head.rfind(mark) for mark in "。；;") + 1
    found = _AMONG_OPENING.match(head, start) or _AMONG_GLUED.fullmatch(head, start)
    if found is None:
        return ""
    words = _TIME_LEAD.sub("", found.group(1))  # (not 在招商引资工作中: no figure so named
    # before it; not 新登记市场主体中, whose figure the nearest before is; 当年…中: of that year)
    if words.removeprefix("在") not in head[:start] and not wording_indicator(words):
        return ""
    if words.startswith(load_phrases().new_words):
        return ""
    return words


#: An item opening with the whole its figures are among (一般公共预算收入中，…), or glued to
#: the part's name (一般公共预算收入中税收收入6.58亿元).
_AMONG_OPENING = re.compile(r"([\u4e00-\u9fff]{2,12}?)中[，,]")
_AMONG_GLUED = re.compile(r"([\u4e00-\u9fff]{2,12}?)中")
#: Words of the time opening such a whole (当年一般公共预算收入中…).
_TIME_LEAD = re.compile(r"^(?:当年|全年|今年|本年|同期)")


def _whole_words(clause: str) -> str:
    """The words a share names its whole with (占营业收入的2.85%: 营业收入; 占全市比重为19.5%:
    全市)."""
    after = clause.split("占", 1)[-1] if "占" in clause else ""
    if "的" in after:
        return after.split("的", 1)[0]
    ratio = _RATIO_WORD.search(after)
    return after[: ratio.start()] if ratio else ""


def _year_of_part(index: ClaimIndex, part: Quantity) -> Quantity | None:
    """The whole year's level of the part's own measure (its months, or a part of its year
    such as a festival: 采摘节期间…), when the report prints one; ``None`` otherwise."""
    if part.period is None:
        return None
    year = Period.year(part.period.start[0])
    if part.period == year and not part.parent_id:
        return None  # the year's own figure, and no part of it printed under it
    if part.period == year and part.parent_id:
        whole = index.by_id(part.parent_id)
        return whole if whole is not None and key(whole) == key(part) else None
    return index.level(key(part), year, part.kind, like=part)


#: Words after the whole of a share that name the ratio (占全市比重为19.5%).
_RATIO_WORD = re.compile(r"比重|比例|份额")


def _named_exactly_before(before: list[Quantity], part: Quantity, words: str) -> Quantity | None:
    """The last figure before ``part`` (in its unit and time) whose name holds all the words
    a share names its whole with, when they are long enough to tell (亿元以上项目)."""
    if len(words) < _EXACT_WORDS:
        return None
    found = next(
        (
            q
            for q in reversed(before[-_LOOK_BACK:])
            if q is not part
            and words in q.name
            and not q.name.startswith("占")  # (not 占全县牲畜存栏总数的, a share itself)
            and q.family != "percent"
            and not _smaller(q, part)
            and q.unit_text == part.unit_text
            and q.period == part.period
            and q.kind == part.kind
            and q.value is not None
        ),
        None,
    )
    if found is None or not found.parent_id or found.name == words:
        return found
    total = next((q for q in before if q.claim_id == found.parent_id), None)
    if total is not None and total.name.endswith(words):
        return total  # 项目总投资8.65亿元，其中亿元以上项目总投资5.8亿元。…，占项目总投资的36.1%:
    return found  # the total so named, not its part


#: How many characters the words of a whole hold at least to be looked for whole in names.
_EXACT_WORDS = 4


def _may_be_named(whole: Quantity, words: str) -> bool:
    """Whether ``whole`` may be what ``words`` name: they name nothing, or one holds the
    other's beginning (占营业收入的 is no share of 到位资金)."""
    if len(words) < 2:
        return True
    ph = load_phrases()
    opened = whole.name.startswith(ph.opened_words) and not whole.name.startswith(
        ph.not_opened_words
    )
    totals = load_check_vocabulary().cue("total_names")
    if (whole.measure == "new" or opened) and any(w in words for w in totals):
        return False  # 新开网店1120家，其中天猫店326家，占网店总数的5.6%: of all of them
    names = [n for n in (whole.name, whole.indicator) if len(n) >= 2]
    return any(words[:2] in n or n[:2] in words for n in names)


def judge_share(
    rate: Quantity, part: Quantity, whole: Quantity, named: bool = False, progress: bool = False
) -> Finding:
    """Judge a stated share against ``100 * part / whole``.

    ``named``: the part and the whole are indicators (named by their label, not a quote).
    ``progress``: the rate is the progress of an actual (the part) towards its target (the
    whole), as in 完成全年目标125亿元的49.1%.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> table = pd.DataFrame([dict(indicator="第三产业比重", value="45.9", unit="%"),
    ...     dict(indicator="第三产业增加值", value="142.91", unit="亿元"),
    ...     dict(indicator="地区生产总值", value="312.46", unit="亿元")])
    >>> rate, part, whole = read_claims(table.assign(name="", period="2023", kind="actual",
    ...                                              line="9", quote=""))
    >>> finding = judge_share(rate, part, whole, named=True)
    >>> finding.verdict, finding.recomputed
    ('inconsistent', '45.74% [45.7347%, 45.7394%]')
    """
    assert whole.unit is not None and rate.value is not None
    p_iv, w_iv = part.value_in(whole.unit), whole.value_in(whole.unit)
    p_pt, w_pt = part.point_in(whole.unit), whole.point_in(whole.unit)
    common = dict(
        check="share",
        indicators=tuple(dict.fromkeys((_name(rate), part.label, whole.label))),
        period=(rate.period or whole.period).text if (rate.period or whole.period) else "",
        stated=f"{_name(rate)} {ex.figure(rate)}",
        claims=(whole, part, rate),
    )
    if p_iv is None or w_iv is None or p_pt is None or not w_pt or not w_iv.positive:
        return Finding(
            verdict=NOT_ASSESSABLE,
            recomputed="",
            explanation=f"“{ex.quoted(part)}”与“{ex.quoted(whole)}”单位不同或整体为零，无法核对{_name(rate)}。",
            **common,
        )
    implied = (p_iv / w_iv).scale(100)
    implied_pt = p_pt / w_pt * 100
    places = max(rate.places, 2)
    if progress:  # the progress of an actual towards its target
        lead = (
            f"{ex.when(part.period)}{part.label} {ex.figure(part)}为{ex.when(whole.period)}"
            f"{_name(rate)} {ex.figure(whole)}的 {ex.pct(implied_pt, places)}"
        )
    elif named:
        lead = (
            f"{ex.when(whole.period)}{part.label} {ex.figure(part)}占{whole.label} "
            f"{ex.figure(whole)}的 {ex.pct(implied_pt, places)}"
        )
    else:
        lead = f"“{ex.quoted(part)}”占“{ex.quoted(whole)}”的 {ex.pct(implied_pt, places)}"
    recomputed = ex.estimate(implied_pt, implied, places, "%")
    if implied.meets(rate.value):
        return Finding(
            verdict=CONSISTENT,
            recomputed=recomputed,
            explanation=f"{lead}，与文中{_name(rate)} {ex.figure(rate)}相符。",
            **common,
        )
    gap = implied.gap(rate.value)
    part_words = part.label if progress else "部分"
    rate_range = ex.consistent_range(implied, rate.places, "%")
    need = rate.value.scale(Fraction(1, 100)) * w_iv
    if part.unit is not None and part.unit.whole:
        reach = whole_counts_reaching(rate.value, int(w_pt)) if w_iv.lo == w_iv.hi else None
        need_text = "无整数解" if reach is None else _count_span(reach, part.unit_text)
    else:
        need_text = ex.consistent_range(need, part.places, part.unit_text)
    return Finding(
        verdict=INCONSISTENT,
        recomputed=recomputed,
        explanation=(
            f"{lead}（按舍入{'区间为' if '～' in rate_range else '应为'} {rate_range}），"
            f"与文中{_name(rate)} {ex.figure(rate)}不符，相差 {fmt(gap, 2)} 个百分点；"
            f"若{_name(rate)}无误，{part_words}应为 {need_text}。"
        ),
        gap=gap,
        gap_unit="个百分点",
        suggestion=f"{_name(rate)} {rate_range}；或{part_words} {need_text}",
        **common,
    )


def _count_span(reach: tuple[int, int], unit: str) -> str:
    lo, hi = reach
    return f"{lo} {unit}" if lo == hi else f"{lo}～{hi} {unit}"


def _judge_reachable(rate: Quantity, whole: Quantity) -> Finding:
    """GRIM: can a share of ``whole`` (a count) be ``rate`` for some whole number of things?"""
    assert rate.value is not None and whole.value is not None and whole.value.lo is not None
    n = int(whole.value.lo)
    common = dict(
        check="share",
        indicators=tuple(dict.fromkeys((_name(rate), whole.label))),
        period=(rate.period or whole.period).text if (rate.period or whole.period) else "",
        stated=f"{_name(rate)} {ex.figure(rate)}（基数 {ex.figure(whole)}）",
        claims=(whole, rate),
    )
    if n <= 0:
        return Finding(
            verdict=NOT_ASSESSABLE,
            recomputed="",
            explanation=f"“{ex.quoted(whole)}”为零，无法核对{_name(rate)}。",
            **common,
        )
    reach = whole_counts_reaching(rate.value, n)
    if reach is not None:
        k = reach[0]
        return Finding(
            verdict=CONSISTENT,
            recomputed=f"{k}/{n} = {ex.pct(Fraction(100 * k, n), max(rate.places, 2))}",
            explanation=(
                f"“{ex.quoted(whole)}”的 {ex.figure(rate)}可由 {k} {whole.unit_text}得到"
                f"（{k}/{n} = {ex.pct(Fraction(100 * k, n), max(rate.places, 2))}），两者相符。"
            ),
            **common,
        )
    centre = rate.value_point or Fraction(0)
    below = min(max(math.floor(centre * n / 100), 0), n)  # (a rate below 0 or above 100%:
    options = sorted({below, min(below + 1, n)})  # the nearest counts at the ends)
    texts = [
        f"{k} {whole.unit_text}为 {ex.pct(Fraction(100 * k, n), rate.places)}" for k in options
    ]
    gap = min(rate.value.gap(Interval.point(Fraction(100 * k, n))) for k in options)
    nearest = ex.names([ex.pct(Fraction(100 * k, n), rate.places) for k in options])
    return Finding(
        verdict=INCONSISTENT,
        recomputed="；".join(texts),
        explanation=(
            f"{whole.clause.rstrip('中里内')}的 {ex.figure(rate)}不对应整数个"
            f"（{'，'.join(texts)}），请核实{_name(rate)}或总数。"
        ),
        gap=gap,
        gap_unit="个百分点",
        suggestion=f"{_name(rate)} {nearest}",
        **common,
    )


def _judge_part_only(rate: Quantity, part: Quantity) -> tuple[Finding, Derived | None]:
    """A rate of a printed count whose base is not printed: the base it implies (and GRIM)."""
    assert rate.value is not None and part.value is not None and part.value.lo is not None
    k = int(part.value.lo)
    common = dict(
        check="share",
        indicators=tuple(dict.fromkeys((_name(rate), part.label))),
        period=(rate.period or part.period).text if (rate.period or part.period) else "",
        stated=f"{_name(rate)} {ex.figure(rate)}",
        claims=(part, rate),
    )
    bases = bases_reaching(rate.value, k) if k > 0 else None
    bound = rate.value.hi if rate.value.hi is not None else rate.value.lo
    unbounded = bases is None and (bound is None or bound <= 0)
    if part.value.lo != part.value.hi or k <= 0 or unbounded:
        return (
            Finding(
                verdict=NOT_ASSESSABLE,
                recomputed="",
                explanation=f"文中未给出{_name(rate)}的基数，无法核对 {ex.figure(rate)}。",
                **common,
            ),
            None,
        )
    if bases is None:
        assert bound is not None
        near = math.ceil(Fraction(100 * k) / bound)
        options = [n for n in (near - 1, near) if n >= max(k, 1)]
        if not options:  # above 100%: no base can be smaller than the count it contains
            return (
                Finding(
                    verdict=INCONSISTENT,
                    recomputed="不超过 100%",
                    explanation=(
                        f"“{ex.quoted(part)}”是基数的一部分，{_name(rate)}不可能为 "
                        f"{ex.figure(rate)}（超过 100%），请核实{_name(rate)}。"
                    ),
                    gap=rate.value.gap(Interval(Fraction(0), Fraction(100))),
                    gap_unit="个百分点",
                    **common,
                ),
                None,
            )
        as_whole = whole_counts_reaching(rate.value, k)
        if as_whole is not None:  # 排查化解矛盾纠纷214起，化解率98.1%: 214 may be the base
            lo, hi = as_whole
            return (
                Finding(
                    verdict=NOT_ASSESSABLE,
                    recomputed=f"{lo}/{k} = {ex.pct(Fraction(100 * lo, k), rate.places)}",
                    explanation=(
                        f"“{ex.quoted(part)}”若是{_name(rate)}的分子，则没有整数基数能得到 "
                        f"{ex.figure(rate)}；若是基数，则 {_count_span(as_whole, part.unit_text)}"
                        f"可得到（{lo}/{k} = {ex.pct(Fraction(100 * lo, k), rate.places)}）。"
                        "文中未写明，请核实。"
                    ),
                    **common,
                ),
                None,
            )
        texts = [f"基数 {n} 为 {ex.pct(Fraction(100 * k, n), rate.places)}" for n in options]
        gap = min(rate.value.gap(Interval.point(Fraction(100 * k, n))) for n in options)
        return (
            Finding(
                verdict=INCONSISTENT,
                recomputed="；".join(texts),
                explanation=(
                    f"“{ex.quoted(part)}”除以任何整数基数都得不到{_name(rate)} {ex.figure(rate)}"
                    f"（{'，'.join(texts)}），请核实{_name(rate)}或人数。"
                ),
                gap=gap,
                gap_unit="个百分点",
                **common,
            ),
            None,
        )
    lo, hi = bases
    base_text = ex.span(Decimal(lo), None if hi is None else Decimal(hi))
    centre = Fraction(100 * k) / rate.value_point if rate.value_point else None
    derived = None
    if centre is not None:
        derived = Derived(
            what=f"{_name(rate)}的基数（由“{ex.quoted(part)}”推算）",
            indicator=rate.indicator,
            period=(rate.period or part.period).text if (rate.period or part.period) else "",
            kind="implied_base",
            value=centre,
            interval=Interval(Fraction(lo), None if hi is None else Fraction(hi)),
            places=0,
            unit=part.unit_text,
            basis=f"{k} ÷ {ex.figure(rate)}",
            claims=(part, rate),
        )
    return (
        Finding(
            verdict=NOT_ASSESSABLE,
            recomputed=f"基数 {base_text} {part.unit_text}",
            explanation=(
                f"文中未给出{_name(rate)}的基数；按“{ex.quoted(part)}”和{_name(rate)} "
                f"{ex.figure(rate)}推算，基数应为 {base_text} {part.unit_text}，可与登记数核对。"
            ),
            suggestion=f"补充{_name(rate)}的基数（{base_text} {part.unit_text}）",
            **common,
        ),
        derived,
    )
