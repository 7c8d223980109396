"""Lookups: pure queries over the dataset."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xiaomi_ev_cli import lookup
from xiaomi_ev_cli.dataset import Dataset
from xiaomi_ev_cli.enums import Modality
from xiaomi_ev_cli.errors import NotFoundError
from xiaomi_ev_cli.models import date_bounds

from .conftest import shipped


def test_plant_has_every_fact_about_the_plant(ds: Dataset) -> None:
    ids = [c.id for c in lookup.topic(ds, "plant").claims]
    for wanted in ["plant.capacity", "plant.stages", "plant.site", "agreement.partner",
                   "headquarters.auto-unit", "headquarters.sales", "headquarters.research",
                   "production.target", "production.target-set", "agreement.date"]:
        assert wanted in ids
    assert ids[0] == "plant.capacity", "the plant's own facts come first"
    assert {c.topic for c in lookup.topic(ds, "plant").claims} <= set(lookup.PLANT_TOPICS)


def test_sales_2021_has_the_figure_the_growth_and_the_estimate(ds: Dataset) -> None:
    result = lookup.sales(ds, 2021)
    by_id = {c.id: c for c in result.claims}
    assert set(by_id) == {"nev-sales.2021-jan-oct", "nev-sales.2021-jan-oct-growth",
                          "nev-sales.2021-estimate"}
    assert by_id["nev-sales.2021-estimate"].modality is Modality.estimate
    assert result.query == {"year": 2021}


def test_sales_without_a_year_lists_every_figure(ds: Dataset) -> None:
    result = lookup.sales(ds, None)
    assert len(result.claims) == 3
    assert [d.definition.id for d in result.derived] == ["derived.nev-sales-2020-jan-oct"]
    assert {f.id for f in result.followups} == {"followup.nev-sales-2021-jan-nov",
                                                "followup.nev-sales-2021"}
    assert lookup.sales(ds, None, followups=False).followups == ()


@given(st.integers(min_value=-10**25, max_value=10**25))
def test_sales_for_any_year_answers_or_names_the_years_with_figures(year: int) -> None:
    ds = shipped()
    try:
        result = lookup.sales(ds, year)
    except NotFoundError as exc:
        assert year not in lookup.sales_years(ds)
        assert exc.message == (f"no NEV sales figures for {year};"
                               " years with figures: 2020 (derived), 2021")
    else:
        assert year in lookup.sales_years(ds)
        periods = [c.period for c in result.claims] + [f.period for f in result.followups]
        periods += [d.definition.period for d in result.derived]
        assert periods
        for period in periods:
            assert period is not None and period.start and period.end
            assert date_bounds(period.start)[0].year <= year <= date_bounds(period.end)[1].year


def test_claims_filters_by_topic_subject_and_modality(ds: Dataset) -> None:
    assert len(lookup.claims(ds).claims) == len(ds.claims)
    etown = lookup.claims(ds, topic="e-town").claims
    assert etown and all(c.topic == "e-town" for c in etown)
    by_alias = lookup.claims(ds, subject="亦庄").claims
    assert by_alias == lookup.claims(ds, subject="E-Town").claims
    assert all("e-town" in (c.subject, getattr(c.value, "entity", None)) for c in by_alias)
    plans = lookup.claims(ds, modality=Modality.plan).claims
    assert plans and all(c.modality is Modality.plan for c in plans)


def test_an_unknown_topic_suggests_the_nearest(ds: Dataset) -> None:
    with pytest.raises(NotFoundError, match=r"no topic 'etown' \(did you mean 'e-town'\?\)"):
        lookup.claims(ds, topic="etown")


def test_an_unknown_subject_is_not_found(ds: Dataset) -> None:
    with pytest.raises(NotFoundError, match="no entity named 'Toyota'"):
        lookup.claims(ds, subject="Toyota")


def test_show_gives_the_claim_in_its_sentence(ds: Dataset) -> None:
    result = lookup.show(ds, "plant.capacity")
    assert result.context is not None
    assert result.context.text == (
        "According to a statement posted by E-Town on its WeChat account, the new plant will be"
        " able to produce 300,000 vehicles annually for Xiaomi’s EV units.")
    claim = result.claims[0]
    assert result.context.start <= claim.span.start < claim.span.end <= result.context.end


def test_sentences_do_not_break_at_inc(ds: Dataset) -> None:
    context = lookup.show(ds, "carmakers.xpeng").context
    assert context is not None
    assert context.text.startswith("Besides Xiaomi, my country’s Nio Inc. And Xpeng Inc.")
    assert context.text.endswith("driving green growth.")


def test_a_quote_ending_a_sentence_keeps_to_that_sentence(ds: Dataset) -> None:
    context = lookup.show(ds, "production.target-set").context
    assert context is not None and context.text == "He added that it has been done. Reijun in October."


def test_an_unknown_id_suggests_the_nearest_ids(ds: Dataset) -> None:
    with pytest.raises(NotFoundError) as caught:
        lookup.show(ds, "plant.capcity")
    assert "did you mean 'plant.capacity'" in caught.value.message


def test_search_terms_read_irregular_verbs_and_numbers_in_words() -> None:
    from xiaomi_ev_cli.search import tokens

    assert tokens("sold meant planned") == tokens("sell mean plan")
    assert tokens("the first eleven months") == ["first", "11", "month"]
    assert tokens("the 10,000th car") == ["10000th", "10000", "car"]


def test_chinese_text_is_searched_by_its_characters_and_each_pair_of_them() -> None:
    from xiaomi_ev_cli import learned
    from xiaomi_ev_cli.search import tokens

    said = "雷军说“小米SU7”在亦庄"
    assert tokens(said) == ["雷", "军", "说", "雷军", "军说", "小", "米", "小米", "su7",
                            "在", "亦", "庄", "在亦", "亦庄"]
    assert learned.words(said) == ["雷", "军", "说", "小", "米", "su7", "在", "亦", "庄"]


@given(st.text(alphabet="ab1.,'& 雷军小米亦庄😀“”é\u33ff\u3400\u9fff\ua000", max_size=24))
def test_words_and_chinese_characters_are_found_in_order_as_one_pattern_would(text: str) -> None:
    import re

    from xiaomi_ev_cli.search import _WORD, words_and_runs

    word = _WORD.pattern
    assert words_and_runs(text, _WORD, join=True) == re.findall(word + r"|[\u3400-\u9fff]+", text)
    assert words_and_runs(text, _WORD, join=False) == re.findall(word + r"|[\u3400-\u9fff]", text)


def test_search_reads_the_words_a_claim_is_also_asked_as(ds: Dataset) -> None:
    from xiaomi_ev_cli.search import search

    # the article says "Beijing Benz"; readers say Mercedes
    assert search(ds, "mercedes").claims[0].id == "e-town.resident-beijing-benz"
