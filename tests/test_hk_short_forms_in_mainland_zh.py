"""Session 28 (zhinst): 九巴 (KMB's short name) names the bus company only in a Hong Kong text; in a Mainland text it is a
coined short form (“九巴合作”: 九三学社 + 巴南) (sentences are made up)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def test_no_kmb_in_a_mainland_text(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "区委与社市委签署“九巴合作”协议,推动生物医药产业发展。", "cn")
    assert not [c for _, _, c in rows if "Kowloon" in c]


def test_kmb_in_a_hong_kong_text(matcher: ZhEntityMatcher) -> None:
    rows = found(matcher, "九巴與城巴合作推出新路線,往來沙田及中環。")
    assert "The Kowloon Motor Bus Company (1933) Limited" in [c for _, _, c in rows]
