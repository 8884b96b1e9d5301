"""The words the claim extractor reads (growth verbs, qualifiers, target words …), compiled.

They live in ``data/phrases.toml`` so that a user can add a wording without touching code;
this module turns the lists into regular expressions once.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .paths import VOCABULARY_DIR
from .scanning import trie_pattern

DEFAULT_PHRASES = VOCABULARY_DIR / "phrases.toml"
#: Chinese numerals of a multiple (是2015年的两倍).
_CN_MULTIPLE = "一二两三四五六七八九十点"


def any_word(words: Iterable[str]) -> str:
    """:func:`alternation` of ``words``, or a pattern that never matches when there are none.

    Examples
    --------
    >>> any_word([]), any_word(["年初"])
    ('(?!)', '年初')
    """
    words = list(words)
    return alternation(words) if words else "(?!)"


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, the longest where several match.

    It is written as a trie (:func:`~indicators.scanning.trie_pattern`), which matches exactly
    what the plain alternation of the words sorted longest first matches, with the engine
    trying each character once instead of each word in turn.

    Examples
    --------
    >>> print(alternation(["增长", "同比增长", "+"]))
    (?:\\+|同比增长|增长)
    >>> re.fullmatch(f"(?:{alternation(['增长', '增长率'])})为", "增长率为") is not None
    True
    """
    return trie_pattern(words)


@dataclass(frozen=True)
class Phrases:
    """The compiled word lists of ``data/phrases.toml`` (see the comments in that file)."""

    raw: dict
    growth_before: re.Pattern[str]
    based_change: re.Pattern[str]
    up_words: frozenset[str]
    down_words: frozenset[str]
    level_only: frozenset[str]
    pull_words: tuple[str, ...]
    paid_verbs: tuple[str, ...]
    doing_verbs: tuple[str, ...]
    campaign_verbs: tuple[str, ...]
    output_verbs: dict[str, str]
    passed_verbs: tuple[str, ...]
    flat: re.Pattern[str]
    double: re.Pattern[str]
    change_to: re.Pattern[str]
    #: The time of a new level right before it (增加到2020年的, 回升到下半年的).
    time_of_level: re.Pattern[str]
    change_from: tuple[str, ...]
    last_year_end_words: tuple[str, ...]
    same_months_words: tuple[str, ...]
    earlier: tuple[str, ...]
    qual_before: re.Pattern[str]
    qual_after: re.Pattern[str]
    vague: str
    bare_magnitude_after: tuple[str, ...]
    bare_magnitude_only: tuple[str, ...]
    class_bounds: frozenset[str]
    class_bounds_before: frozenset[str]
    milestone_quals: frozenset[str]
    milestone_gap: re.Pattern[str]
    stance: re.Pattern[str]
    target: re.Pattern[str]
    estimate: frozenset[str]
    obtained: frozenset[str]
    actual: re.Pattern[str]
    not_target: re.Pattern[str]
    period_parts: dict[str, tuple[int, int]]
    #: A plan's end, quoted or not (“十二五”末, 十三五期末), as a pattern.
    plan_end_pattern: str
    period_part_re: re.Pattern[str]
    cumulative: str
    of_which: re.Pattern[str]
    total_markers: re.Pattern[str]
    sum_after: tuple[str, ...]
    leverage_verbs: tuple[str, ...]
    each_words: tuple[str, ...]
    each_bound: re.Pattern[str]
    new_words: tuple[str, ...]
    new_verbs_before_count: tuple[str, ...]
    net_words: tuple[str, ...]
    beneficiary_words: tuple[str, ...]
    bare_wordings: frozenset[str]
    not_kinds: frozenset[str]
    #: Words opening a trade partner (与东盟进出口) and the indicators (with their parts) they
    #: narrow to that partner.
    partner_words: tuple[str, ...]
    traded_indicators: frozenset[str]
    #: Wordings a kind glued before them narrows to that kind (信息服务业增加值).
    narrowed_wordings: tuple[str, ...]
    #: Words right before a wording that make its figure a density (每万人拥有).
    density_before: re.Pattern[str]
    class_nouns: tuple[str, ...]
    #: Nouns after a bound and 的 that make it a goal or a mark, no class (超过100亿元的目标).
    bound_goal_nouns: tuple[str, ...]
    bound_goal_ends: tuple[str, ...]
    #: Words that end in 约 without meaning "about" (签约, 节约).
    not_about: tuple[str, ...]
    #: Measure words after which 二 alone is an ordinal or a word (二轮, 二次), not a count.
    ordinal_after_two: frozenset[str]
    digits_only_units: frozenset[str]
    #: Words of a place after which a numeral and a measure word are its name (九峰街道).
    name_place_words: re.Pattern[str]
    #: A group of kinds counted in a total's name (四大产业链).
    group_of_kinds: re.Pattern[str]
    #: Words of a total's subject that make it a whole of industries (规上工业).
    industry_wholes: tuple[str, ...]
    #: Measure words that form places' names before a word of a place (台 of 三台县).
    place_name_units: frozenset[str]
    #: Characters before 过 that make it part of a verb (通过, 经过), not "over" (过10亿元企业).
    not_over_before: str
    own_rate_names: tuple[str, ...]
    #: Words of an action that make the verb of change after them part of a name (规范提升).
    name_before_verb: tuple[str, ...]
    action_openers: tuple[str, ...]
    flow_words: tuple[str, ...]
    net_re: re.Pattern[str]
    strip_before: re.Pattern[str]
    strip_after: re.Pattern[str]
    cause: re.Pattern[str]
    area: re.Pattern[str]
    noun_stop: re.Pattern[str]
    doubled_place_chars: frozenset[str]
    name_max: int
    years_ago: dict[str, int]
    rate_words: frozenset[str]
    level_words: frozenset[str]
    shared_head_measures: frozenset[str]
    area_measures: tuple[str, ...]
    sub_areas: tuple[str, ...]
    sub_groups: tuple[str, ...]
    sub_area_re: re.Pattern[str]
    sub_period_re: re.Pattern[str]
    port_re: re.Pattern[str]
    place_name_stops: tuple[str, ...]
    per_unit_words: tuple[str, ...]
    average_name: re.Pattern[str]
    measure_words: tuple[str, ...]
    deducted_words: tuple[str, ...]
    #: Openings of a sentence that break the subject of the sentence before down by time
    #: (分季度看，一季度增长3.2%).
    time_breakdown: tuple[str, ...]
    last_year_words: tuple[str, ...]
    review_year_words: tuple[str, ...]
    review_year_sentence_words: tuple[str, ...]
    this_year_words: tuple[str, ...]
    economy_totals: tuple[str, ...]
    plan_base_words: tuple[str, ...]
    unprinted_base_words: tuple[str, ...]
    adjusted_basis: re.Pattern[str]
    wider_than_holiday: tuple[str, ...]
    appendix_done_words: tuple[str, ...]
    appendix_target_words: tuple[str, ...]
    per_year_words: tuple[str, ...]
    remaining_words: tuple[str, ...]
    total_name_words: tuple[str, ...]
    whole_relatives: tuple[str, ...]
    plan_verbs: tuple[str, ...]
    whole_time_words: frozenset[str]
    left_words: tuple[str, ...]
    not_new_items: tuple[str, ...]
    stock_words: tuple[str, ...]
    short_forms: dict[str, str]
    #: Words of what came of the things counted before (已办结): no total of kinds listed after.
    outcome_words: tuple[str, ...]
    #: Flow words of those that left a stock (注销): the new ones less them are its net change.
    outflow_words: tuple[str, ...]
    #: Words of the ones opened in the year (新开网店), and names they do not open (新开工).
    opened_words: tuple[str, ...]
    owner_kinds: tuple[str, ...]
    not_opened_words: tuple[str, ...]
    programme_ends: tuple[str, ...]
    subset_verbs: tuple[str, ...]
    cumulative_words: tuple[str, ...]
    sibling_heads: tuple[str, ...]
    breakdown: re.Pattern[str]
    rate_name_ends: tuple[str, ...]
    name_total_marks: tuple[str, ...]
    done_words: tuple[str, ...]
    sub_place_re: re.Pattern[str]
    target_words: frozenset[str]
    after_indicator: frozenset[str]
    not_after_words: tuple[str, ...]
    industry_narrowed_wordings: frozenset[str]
    industry_name_ends: tuple[str, ...]
    restate_words: frozenset[str]
    restate: re.Pattern[str]
    share: re.Pattern[str]
    growth_last_chars: frozenset[str]
    rank_last_chars: frozenset[str]
    qual_last_chars: frozenset[str]
    excluded_names: re.Pattern[str]
    rank_before: re.Pattern[str]
    rank_not_after: str
    average: dict[str, int]
    multiple_before: re.Pattern[str]
    multiple_base_after: re.Pattern[str]
    plans: dict[str, tuple[int, int]]
    #: A plan's years (“十一五”时期, 十三五期间), the plan's name in group ``plan``.
    plan_period: re.Pattern[str]
    #: A plan's name, quoted or not (“十二五”).
    plan_name: re.Pattern[str]
    plan_first: dict[str, int]
    plan_span: tuple[str, ...]
    plan_review_words: tuple[str, ...]
    plan_end: tuple[str, ...]
    since: tuple[str, ...]
    seasons: tuple[str, ...]
    #: 年初 and a verb at the end of the words before a figure (年初为): last year's end.
    year_start: re.Pattern[str]
    #: Words right before a figure in a plan that make it what exists now (依托现有36.2万吨
    #: 冷库库容): the level at the end of the year reviewed, named by the noun after it.
    existing: tuple[str, ...]
    #: Verbs after 分别 that name no measure of their own (分别完成19.86亿元、12.35亿元).
    list_verbs: tuple[str, ...]
    #: Ends of words that name an amount of things counted (交易额, 投资).
    amount_ends: tuple[str, ...]
    #: A class of things by an amount each reaches (5000万元以上项目).
    amount_class_name: re.Pattern[str]
    #: An amount and 的 at the end of the words before a wording (超亿元的, 30万元的): a class.
    amount_class: re.Pattern[str]
    #: Words after an industry opening a plan item that are no part of its name (以, 要).
    industry_item_followers: tuple[str, ...]
    #: The words of the moment of a year a multiple's base is of (同期, 开园之初).
    multiple_moment: re.Pattern[str]
    converted_words: tuple[str, ...]
    compared_after: tuple[str, ...]
    compared_openers: tuple[str, ...]
    base_figure_words: tuple[str, ...]
    recent: dict[str, int]
    recent_opening: dict[str, int]
    year_object_verbs: tuple[str, ...]
    recent_opening_not_before: tuple[str, ...]
    recent_before_change: tuple[str, ...]
    recent_not_after: tuple[str, ...]
    span_totals: tuple[str, ...]
    to_date_words: tuple[str, ...]
    span_levels: tuple[str, ...]
    time_spans: re.Pattern[str]


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    """A pattern matching where any of ``patterns`` does (never, when there is none)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


@cache
def load_phrases(path: str | Path | None = None) -> Phrases:
    """Read and compile the phrase lists.

    Examples
    --------
    >>> ph = load_phrases()
    >>> ph.growth_before.search("同比增长").group("verb")
    '增长'
    >>> bool(ph.excluded_names.search("“十四五”规划"))
    True
    >>> ph.multiple_before.search("社会总产值是2015年的").group("base"), ph.plans["十三五"]
    ('2015年', (2016, 2020))
    """
    with Path(path or DEFAULT_PHRASES).open("rb") as fh:
        d = tomllib.load(fh)
    g, q, k, per, subj, exc = (
        d["growth"],
        d["qualifiers"],
        d["kind"],
        d["period"],
        d["subject"],
        d["exclude"],
    )
    # 增至, 降至: a one-character verb, only before 至 (新增 is no change; 增至 is)
    verbs = alternation(g["up"] + g["down"])
    short = alternation(g.get("before_to_only", ()) or ["(?!)"])
    verbs = rf"{verbs}|(?<!新)(?:{short})(?=至)"  # not 新增至3200户: new ones
    level_only = list(g.get("level_only", ()))
    verbs = rf"{verbs}|(?:{alternation(level_only or ['(?!)'])})(?=[为到至])"  # 精简为9个
    new_level_verbs = [v + to for v in level_only for to in "为到至"]
    # 比上年的398户多64户: 多 and 少 right after the unit of a level compared with
    after_unit = alternation(g.get("after_level_unit", ()) or ["(?!)"])
    units = "".join(g.get("after_level_units", ()))
    if units:
        verbs = rf"{verbs}|(?<=\d[{units}])(?:{after_unit})"
    bases = alternation(g["bases"])
    parts_words = alternation(list(per["parts"]))
    plans = {name: (int(a), int(b)) for name, (a, b) in per.get("plans", {}).items()}
    not_after = re.escape("".join(per.get("recent_not_after", ()))) or "\\n"
    plan_words = alternation(list(plans)) if plans else "(?!)"
    plan_end = tuple(per.get("plan_end", ()))
    # Parts of a place and parts of the year (国庆假期) scope a figure alike.
    sub_areas = [*subj.get("sub_areas", ()), *subj.get("sub_periods", ())]
    ago = alternation(list(g.get("years_ago", {})) or ["(?!)"])
    plan_end_phrase = rf"[“\"]?(?:{plan_words})[”\"]?(?:{alternation(plan_end or ['(?!)'])})"
    year_basis = (
        # 比“十二五”末的2015年: the plan's end, named by its year too
        rf"(?:比|较|与)(?:疫情前的?|{plan_end_phrase}的)?"
        rf"(?:(?:19|20)\d\d年(?:同期|末|底)?|{parts_words}|{plan_end_phrase}|{ago})"
        rf"(?:相比|比)?"
        r"|在(?:19|20)\d\d年的?基础上"  # 在2020年基础上翻一番
    )
    growth_before = re.compile(
        rf"(?P<basis>{bases}|{year_basis})?(?:分别|实现|也)?(?P<verb>{verbs})"
        rf"(?P<link>{alternation(g['linkers'])})?(?P<to>{alternation(g['to_level'])})?"
        # 增加到2020年的306.7亿元: the time of the new level may stand before it
        rf"(?:(?<=[到至])(?:{LEVEL_TIME}|{parts_words})的)?"
        rf"(?P<qual>{alternation(q['before'])})?$"
    )
    # 比上年末新增72万千瓦: after a base, a word of new ones states the change; not after an
    # average (年均新增5200人: new ones each year)
    new_words_after_base = alternation(g.get("after_base", ()) or ["(?!)"])
    change_bases = alternation([b for b in g["bases"] if b not in g["average"]])
    based_change = re.compile(  # 比上年的108家新增18家: past the level compared with
        rf"(?P<basis>{change_bases}|{year_basis})(?P<level>的\d+(?:\.\d+)?[^\d\W]{{1,4}})?"
        rf"(?P<verb>{new_words_after_base})"
        rf"(?P<link>(?!))?(?P<to>(?!))?(?P<estimate>(?!))?"
        rf"(?P<qual>{alternation(q['before'])})?$"
    )
    parts = {name: (int(a), int(b)) for name, (a, b) in per["parts"].items()}
    plan_after = alternation([*per.get("plan_span", ()), *plan_end] or ["(?!)"])
    since = alternation(per.get("since", ()) or ["(?!)"])
    after_base = alternation(g.get("multiple_after_base", ()) or ["(?!)"])
    plan_span_phrase = rf"[“\"]?(?:{plan_words})[”\"]?(?:时期|期间)"  # 是“十三五”时期的1.3倍
    multiple_base = (  # 是2017年末（79万千瓦）的3.2倍: the end of a year too
        rf"(?:19|20)\d\d年(?:末|底)?|上年同期|去年同期|上年末|上年|去年|{plan_end_phrase}"
        rf"|{plan_span_phrase}|{ago}"
    )
    trailing_patterns = [
        *subj["cause_patterns"],
        *subj.get("duration_patterns", ()),
        *subj.get("per_measure_patterns", ()),
    ]
    return Phrases(
        raw=d,
        growth_before=growth_before,
        based_change=based_change,
        up_words=frozenset(g["up"]),
        down_words=frozenset([*g["down"], *g.get("after_level_unit_down", ())]),
        level_only=frozenset(level_only),
        pull_words=tuple(g.get("pull_words", ())),
        paid_verbs=tuple(g.get("paid_verbs", ())),
        doing_verbs=tuple(g.get("doing_verbs", ())),
        campaign_verbs=tuple(g.get("campaign_verbs", ())),
        output_verbs=dict(g.get("output_verbs", {})),
        passed_verbs=tuple(g.get("passed_verbs", ())),
        flat=re.compile(
            rf"(?P<basis>{bases})(?P<qual>基本)?(?:{alternation(g['flat'])})"
            rf"|(?<!保)(?P<qual2>基本)?(?:{alternation(g['flat'])})(?=[，,。；;、]|$)"
        ),
        double=re.compile(
            rf"(?P<basis>{bases}|{year_basis})?(?P<two>{alternation(g['double'])})|"
            rf"(?P<basis4>{bases}|{year_basis})?(?P<four>{alternation(g['quadruple'])})"
        ),
        change_to=re.compile(rf"(?:{alternation([*g['change_to'], *new_level_verbs])})$"),
        time_of_level=re.compile(
            rf"(?:{LEVEL_TIME.replace('?P<estimate>', '?:')}|(?:(?:19|20)\d\d年)?{parts_words})的$"
        ),
        change_from=tuple(g["change_from"]),
        last_year_end_words=tuple(g.get("last_year_end_words", ())),
        same_months_words=tuple(g.get("same_months_words", ())),
        earlier=tuple(g["earlier"]),
        qual_before=re.compile(rf"(?:{alternation(q['before'])})$"),
        qual_after=re.compile(alternation(q["after"])),
        vague="".join(q["vague"]),
        bare_magnitude_after=tuple(q.get("bare_magnitude_after", ())),
        bare_magnitude_only=tuple(q.get("bare_magnitude_only", ())),
        class_bounds=frozenset(q.get("class_bounds", ())),
        class_bounds_before=frozenset(q.get("class_bounds_before", ())),
        milestone_quals=frozenset(q.get("milestone", ())),
        milestone_gap=re.compile(
            rf"[，,]?(?:{alternation(q.get('milestone_adverbs', ()) or ['(?!)'])})*"
            rf"(?:{alternation(q.get('milestone', ()) or ['(?!)'])})"
        ),
        stance=re.compile(alternation(q["stance"])),
        target=re.compile(alternation(k["target"])),
        estimate=frozenset(k["estimate"]),
        obtained=frozenset(k.get("obtained", ())),
        actual=re.compile("|".join([any_word(k.get("actual", ())), *k.get("actual_patterns", ())])),
        not_target=re.compile("|".join(k["not_target_patterns"])),
        period_parts=parts,
        period_part_re=re.compile(alternation(list(parts))),
        plan_end_pattern=plan_end_phrase,
        cumulative=alternation(per["cumulative"]),
        of_which=re.compile(alternation(subj["of_which"])),
        # 共 of 共建, 共享, 共同 is no total
        total_markers=re.compile(
            rf"(?<!公)(?:{alternation(subj['total_markers'])})(?![建享同治富])"  # not 公共
        ),
        sum_after=tuple(subj.get("sum_after", ())),
        leverage_verbs=tuple(subj.get("leverage_verbs", ())),
        each_words=tuple(subj.get("each_words", ())),
        each_bound=_any_of(subj.get("each_bound_patterns", ())),
        new_words=tuple(subj["new_words"]),
        new_verbs_before_count=tuple(subj.get("new_verbs_before_count", ())),
        net_words=tuple(subj.get("net_words", ())),
        beneficiary_words=tuple(subj.get("beneficiary_words", ())),
        bare_wordings=frozenset(subj.get("bare_wordings", ())),
        not_kinds=frozenset(subj.get("not_kinds", ())),
        partner_words=tuple(subj.get("partner_words", ())),
        traded_indicators=frozenset(subj.get("traded_indicators", ())),
        narrowed_wordings=tuple(subj.get("narrowed_wordings", ())),
        density_before=re.compile(f"(?:{'|'.join(subj.get('density_before', ())) or '(?!)'})$"),
        class_nouns=tuple(q.get("class_nouns", ())),
        bound_goal_nouns=tuple(q.get("bound_goal_nouns", ())),
        bound_goal_ends=tuple(q.get("bound_goal_ends", ())),
        not_over_before="".join(q.get("not_over_before", ())),
        not_about=tuple(q.get("not_about", ())),
        ordinal_after_two=frozenset(q.get("ordinal_after_two", ())),
        digits_only_units=frozenset(q.get("digits_only_units", ())),
        name_place_words=re.compile(alternation(q.get("name_place_words", ()) or ["(?!)"])),
        place_name_units=frozenset(q.get("place_name_units", ())),
        group_of_kinds=re.compile(q.get("group_of_kinds", "(?!)")),
        industry_wholes=tuple(q.get("industry_wholes", ())),
        own_rate_names=tuple(g.get("own_rate_names", ())),
        name_before_verb=tuple(g.get("name_before_verb", ())),
        action_openers=tuple(subj.get("action_openers", ())),
        flow_words=tuple(subj.get("flow_words", ())),
        net_re=re.compile(alternation(subj.get("net_words", ()) or ["(?!)"])),
        strip_before=re.compile(  # 共 of 共建, 共享, 共富 is no 共 (in all)
            rf"^(?:{alternation([w for w in subj['strip_leading'] if w != '共'])}"
            rf"|共(?![建享同治富]))+"
        ),
        cause=re.compile("|".join(subj["cause_patterns"])),
        strip_after=re.compile(
            rf"(?:{alternation(subj['strip_trailing'])}|{'|'.join(trailing_patterns)})+$"
        ),
        area=re.compile("|".join(subj["area_patterns"])),
        noun_stop=re.compile(  # 15个精简为9个: the verb of a new level ends the noun
            alternation([*subj["noun_stops"], *new_level_verbs])
        ),
        doubled_place_chars=frozenset(subj.get("doubled_place_chars", ())),
        name_max=int(subj.get("name_max", 16)),
        years_ago={word: int(n) for word, n in g.get("years_ago", {}).items()},
        rate_words=frozenset(subj.get("rate_words", ())),
        level_words=frozenset(subj.get("level_words", ())),
        shared_head_measures=frozenset(subj.get("shared_head_measures", ())),
        area_measures=tuple(subj.get("area_measures", ())),
        sub_areas=tuple(sorted(sub_areas, key=len, reverse=True)),
        sub_groups=tuple(subj.get("sub_groups", ())),
        sub_area_re=re.compile(alternation([*sub_areas, *subj.get("sub_groups", ())] or ["(?!)"])),
        sub_place_re=_any_of(subj.get("sub_place_patterns", ())),
        port_re=_any_of(subj.get("port_patterns", ())),
        sub_period_re=re.compile(
            "|".join(
                [
                    alternation(subj.get("sub_periods", ()) or ["(?!)"]),
                    *subj.get("sub_period_patterns", ()),
                ]
            )
        ),
        place_name_stops=tuple(subj.get("place_name_stops", ())),
        per_unit_words=tuple(subj.get("per_unit_words", ())),
        average_name=_any_of(subj.get("average_name_words", ())),
        measure_words=tuple(sorted(subj.get("measure_words", ()), key=len, reverse=True)),
        deducted_words=tuple(subj.get("deducted_words", ())),
        time_breakdown=tuple(subj.get("time_breakdown", ())),
        last_year_words=tuple(per.get("last_year_words", ())),
        review_year_words=tuple(per.get("review_year_words", ())),
        review_year_sentence_words=tuple(per.get("review_year_sentence_words", ())),
        this_year_words=tuple(per.get("this_year_words", ())),
        economy_totals=tuple(per.get("economy_totals", ())),
        plan_base_words=tuple(per.get("plan_base_words", ())),
        unprinted_base_words=tuple(per.get("unprinted_base_words", ())),
        adjusted_basis=re.compile(per.get("adjusted_basis_pattern", "(?!)")),
        wider_than_holiday=tuple(per.get("wider_than_holiday", ())),
        appendix_done_words=tuple(per.get("appendix_done_words", ())),
        appendix_target_words=tuple(per.get("appendix_target_words", ())),
        per_year_words=tuple(subj.get("per_year_words", ())),
        remaining_words=tuple(subj.get("remaining_words", ())),
        total_name_words=tuple(subj.get("total_name_words", ())),
        whole_relatives=tuple(subj.get("whole_relatives", ())),
        plan_verbs=tuple(subj.get("plan_verbs", ())),
        whole_time_words=frozenset(subj.get("whole_time_words", ())),
        left_words=tuple(subj.get("left_words", ())),
        not_new_items=tuple(subj.get("not_new_items", ())),
        stock_words=tuple(subj.get("stock_words", ())),
        short_forms=dict(subj.get("short_forms", {})),
        outcome_words=tuple(subj.get("outcome_words", ())),
        opened_words=tuple(subj.get("opened_words", ())),
        owner_kinds=tuple(subj.get("owner_kinds", ())),
        outflow_words=tuple(subj.get("outflow_words", ())),
        not_opened_words=tuple(subj.get("not_opened_words", ())),
        programme_ends=tuple(subj.get("programme_ends", ())),
        subset_verbs=tuple(subj.get("subset_verbs", ())),
        cumulative_words=tuple(subj.get("cumulative_words", ())),
        sibling_heads=tuple(subj.get("sibling_heads", ())),
        breakdown=_any_of(subj.get("breakdown_patterns", ())),
        rate_name_ends=tuple(subj.get("rate_name_ends", ())),
        name_total_marks=tuple(subj.get("name_total_marks", ())),
        done_words=tuple(subj.get("done_words", ())),
        target_words=frozenset(subj.get("target_words", ())),
        after_indicator=frozenset(subj.get("after_indicator", ())),
        not_after_words=tuple(subj.get("not_after_words", ())),
        industry_narrowed_wordings=frozenset(subj.get("industry_narrowed_wordings", ())),
        industry_name_ends=tuple(subj.get("industry_name_ends", ())),
        restate_words=frozenset(subj.get("restate_words", ())),
        restate=_any_of(subj.get("restate_patterns", ())),
        share=_any_of(subj.get("share_patterns", ())),
        growth_last_chars=frozenset(
            w[-1]
            for w in g["up"]
            + g["down"]
            + g["linkers"]
            + g["to_level"]
            + q["before"]
            + ["的"]
            + g.get("after_base", [])
            + g.get("after_level_unit", [])
        ),
        rank_last_chars=frozenset(w[-1] for w in exc["rank_before"]),
        qual_last_chars=frozenset(w[-1] for w in q["before"]),
        excluded_names=re.compile(
            "|".join([alternation(exc["names"]), *(f"(?:{p})" for p in exc["patterns"])])
        ),
        rank_before=re.compile(rf"(?:{alternation(exc['rank_before'])})$"),
        rank_not_after="".join(exc["rank_not_after"]),
        average={word: int(n) for word, n in g.get("average", {}).items()},
        multiple_before=re.compile(
            rf"(?P<verb>{alternation(g.get('multiple_verbs', ()) or ['(?!)'])})"
            # 是2015年131件的2.2倍: the base's level may stand between its year and 的
            # 是2015年（279户）的2.1倍: or in brackets
            # 是2015年开园之初5.42亿元的3.6倍: words of the time, then the level
            rf"(?P<base>{multiple_base})(?:{after_base})?(?:[\d.]+[^\d\s的，。；、]{{0,3}}"
            rf"|[（(][\d.]+[^\d\s的，。；、（()）]{{0,3}}[）)])?的$"
        ),
        multiple_base_after=re.compile(rf"(?:{after_base})?的[\d.{_CN_MULTIPLE}]+[多余]?倍"),
        plans=plans,
        plan_period=re.compile(rf"[“\"]?(?P<plan>{plan_words})[”\"]?(?:时期|期间)"),
        plan_name=re.compile(rf"[“\"]?(?P<plan>{plan_words})[”\"]?"),
        plan_first={w: int(n) for w, n in per.get("plan_first", {}).items()},
        plan_span=tuple(per.get("plan_span", ())),
        plan_review_words=tuple(per.get("plan_review_words", ())),
        plan_end=plan_end,
        since=tuple(per.get("since", ())),
        seasons=tuple(per.get("seasons", ())),
        year_start=re.compile(
            rf"(?<![\d上去今明])年初(?:{any_word(per.get('year_start_verbs', ()))})$"
        ),
        existing=tuple(per.get("existing", ())),
        list_verbs=tuple(per.get("list_verbs", ())),
        amount_ends=tuple(per.get("amount_ends", ())),
        amount_class_name=re.compile(per.get("amount_class_name", "(?!)")),
        amount_class=re.compile(
            rf"(?:\d|{any_word(q.get('amount_class_before', ()))})[万亿]?元的$"
        ),
        industry_item_followers=tuple(subj.get("industry_item_followers", ())),
        multiple_moment=re.compile(any_word(g.get("multiple_after_base", ()))),
        converted_words=tuple(per.get("converted_words", ())),
        compared_after=tuple(per.get("compared_after", ())),
        compared_openers=tuple(per.get("compared_openers", ())),
        base_figure_words=tuple(per.get("base_figure_words", ())),
        recent={word: int(n) for word, n in per.get("recent", {}).items()},
        recent_opening={word: int(n) for word, n in per.get("recent_opening", {}).items()},
        year_object_verbs=tuple(per.get("year_object_verbs", ())),
        recent_opening_not_before=tuple(per.get("recent_opening_not_before", ())),
        recent_before_change=tuple(per.get("recent_before_change", ())),
        recent_not_after=tuple(per.get("recent_not_after", ())),
        span_totals=tuple(per.get("span_totals", ())),
        to_date_words=tuple(per.get("to_date_words", ())),
        span_levels=tuple(per.get("span_levels", ())),
        time_spans=re.compile(
            rf"[“\"]?(?:{plan_words})[”\"]?(?:{plan_after})"
            rf"|(?:19|20)\d\d(?:[-—–~至到](?:19|20)\d\d年度?|年度?(?:{since}))"
            # 2019/2020榨季: a season over two years
            rf"|(?:19|20)\d\d年?[-—–~/](?:19|20)\d\d年?(?={any_word(per.get('seasons', ()))})"
            rf"|{alternation(list(per.get('recent', {})) or ['(?!)'])}"
            # 五年新增77.8万千瓦: the years of the figure, opening its clause
            rf"|^(?:{alternation(list(per.get('recent_opening', {})) or ['(?!)'])})"
            rf"(?!{alternation(per.get('recent_opening_not_before', ()) or ['(?!)'])})"
            # 融资租赁企业数量五年(翻了一番): the years of a change, right before its verb
            rf"|(?<=[\u4e00-\u9fff])(?<![{not_after}])"
            rf"(?:{alternation(list(per.get('recent_opening', {})) or ['(?!)'])})$"
        ),
    )


#: A share of the whole place (占全市的, 占全县…的), and how far after a figure it is looked for.
#: (not past 其中: …87.8亿元、增长12%，其中开发区完成65.9亿元，占全县比重…: the part's share)
_WHOLE_SHARE = re.compile(r"(?:(?!其中)[^。；;])*?占(?:(?:全|我)(?P<level>[省市县区镇乡])|本?辖区)")
_SHARE_AFTER_CHARS = 40


#: The time printed between a verb of a change and the level it reached (增加到2020年的306.7
#: 亿元, 增加到2020年预计的538.6亿元: an estimate, 到12月份的2416件, 增加到今年的20.83亿元).
LEVEL_TIME = (
    r"(?:19|20)\d\d年(?:底|末)?(?P<estimate>预计|预期)?"
    r"|(?:(?:19|20)\d\d年)?\d{1,2}月份?(?:底|末)?|年末|年底|今年|本年|当年"
)


def whole_place_share_after(text: str, pos: int, level: str | None = None) -> bool:
    """Whether ``text`` goes on from ``pos``, in its item, to give a share of the whole place
    of ``level`` (the report's own: 占全市 in a city's report, not in a county's): the figure
    printed before ``pos`` is then of a part of the place. With no ``level``, of any place.

    Examples
    --------
    >>> t = "对共建“一带一路”国家进出口148.36亿元，增长16.2%，占全市进出口总额的30.5%。"
    >>> whole_place_share_after(t, t.find("亿元"), "市"), whole_place_share_after(t, 20, "县")
    (True, False)
    """
    m = _WHOLE_SHARE.match(text, pos, pos + _SHARE_AFTER_CHARS)
    if m is None:
        return False
    own = m.group("level")  # 占辖区…的: the report's own place, whatever its level
    return level is None or own is None or (bool(level) and own == level[-1])


@cache
def sum_words() -> tuple[str, ...]:
    """The words of a sum of two characters or more (合计, 总计; not 共, of 公共 too).

    Examples
    --------
    >>> "合计" in sum_words(), "共" in sum_words()
    (True, False)
    """
    return tuple(w for w in load_phrases().sum_after if len(w) > 1)
