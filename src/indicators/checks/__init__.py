"""The families of arithmetic checks; each module finds one kind of relation and judges it.

- :mod:`.growth`: a stated growth against the two levels it connects (``growth``,
  ``count_change``), and the previous levels it implies;
- :mod:`.average`: an average annual growth (年均) against the levels of the year before its
  first year and of its last year (``average_growth``);
- :mod:`.average_span`: an average annual growth against the growth over the same years
  stated as one rate or year by year (``average_span``: 比2019年增长13.7%，两年平均增长6.6%);
- :mod:`.aggregate`: a total's growth against its parts' growth (``growth_total_vs_parts``);
- :mod:`.sums`: parts that add up to a total (``sum``) and what a total leaves for the
  components it omits (``residual``);
- :mod:`.disjoint`: parts of kinds that exclude each other, no more than their total
  (``disjoint_parts``);
- :mod:`.classes`: counts by size class against the count they divide (``class_counts``);
- :mod:`.parts`: a part no larger than its whole (``part_of_whole``);
- :mod:`.shares`: rates against the counts they come from (``share``), including whether a
  share of a whole count can be reached at all (GRIM), and changes of rates in points
  (``points_change``);
- :mod:`.growth_gap`: a gap in points between two printed growth rates (``growth_gap``:
  增速高于城镇居民2.9个百分点);
- :mod:`.rate_change`: a change in points of a growth against the growth of an earlier part
  of the year (``rate_change``: 降幅比一季度收窄33.6个百分点);
- :mod:`.per_unit`: a figure per unit of another against their quotient (``per_unit``:
  亩均产值, 亩产, 户均);
- :mod:`.ratios`: a plain ratio against the two levels it divides (``ratio``: 城乡居民收入比);
- :mod:`.additions`: the new ones of a stock against its net increase (``additions``), and
  the new ones less those that left against the net increase beside them (``net_flows``);
- :mod:`.duplicates`: the same quantity stated twice (``same_quantity``), also under alike
  names outside the vocabulary when the digits look like a slip.
"""
