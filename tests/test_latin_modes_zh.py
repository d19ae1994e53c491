"""entities_zh (issue 14, session 27): a Latin acronym right before 模式 / 方式 names a delivery or contract
model (build-operate-transfer, public-private partnership), no body, though the same letters are a body's acronym
elsewhere (BOT = Bank of Thailand). The acronym alone, or before any other word, still names its body (made-up text)."""

from __future__ import annotations

from pipeline.extract.entities.chinese import ZhEntityMatcher
from tests.zh_mentions import found


def bodies(matcher: ZhEntityMatcher, text: str) -> list[str]:
    return [s for s, lab, _ in found(matcher, text, "cn") if lab == "INSTITUTION"]


def test_an_acronym_before_a_mode_word_is_a_model(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "该污水处理厂采用BOT模式建设，运营期二十年。") == []
    assert bodies(matcher, "新区以BOT方式引进社会资本。") == []


def test_the_acronym_elsewhere_still_names_its_body(matcher: ZhEntityMatcher) -> None:
    assert bodies(matcher, "泰国央行BOT发布报告。") == ["泰国央行", "BOT"]
    assert bodies(matcher, "BOT宣布维持利率不变。") == ["BOT"]


def test_a_body_before_model_owns_the_model(matcher: ZhEntityMatcher) -> None:
    # 模型 is a forecasting model, named by the body that owns it (review S1): the body stays
    assert bodies(matcher, "根据IMF模型预测，经济增速放缓。") == ["IMF"]
