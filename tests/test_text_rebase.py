"""Text layer: re-basing a local adaptation never overwrites a regional change silently."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from kartedit.text.rebase import RegionKind, rebase, three_way_regions

WORDS = [
    "barnet", "foreldra", "fastlegen", "helsesjukepleiaren", "skulen", "BUP", "PPT",
    "tilviser", "kartlegg", "angst", "uro", "søvn", "trivsel", "tiltak", "møte", "og",
    "til", "med", "på", "i", "ved", "ikkje", "får", "gir", "råd", "særskilt", "åtferd",
]  # fmt: skip
LOCAL_MARK = "Kvinnheradmodellen"
REGIONAL_MARK = "Regionalrettleiar"

BASE = (
    "Helsesjukepleiaren kartlegg trivsel og søvn.\n\n"
    "Fastlegen vurderer barnet og tilviser til BUP ved alvorleg angst. "
    "Foreldra får skriftleg informasjon.\n\n"
    "- PPT gir råd til skulen\n"
    "- Barnehagen melder frå om uro\n"
)


@dataclass(frozen=True)
class Edit:
    """Change one word of a one-sentence paragraph: replace it, add after it, or remove it."""

    kind: str
    index: int

    def apply(self, words: list[str], mark: str) -> list[str]:
        at = self.index % len(words)
        if self.kind == "replace":
            return [*words[:at], mark, *words[at + 1 :]]
        if self.kind == "insert":
            return [*words[: at + 1], mark, *words[at + 1 :]]
        return [*words[:at], *words[at + 1 :]]


def join(paragraphs: list[list[str]]) -> str:
    return "\n\n".join(" ".join(words) + "." for words in paragraphs)


paragraphs = st.lists(
    st.lists(st.sampled_from(WORDS), min_size=3, max_size=8), min_size=2, max_size=6
)
edits = st.builds(Edit, st.sampled_from(["replace", "insert", "delete"]), st.integers(0, 20))
visible_edits = st.builds(Edit, st.sampled_from(["replace", "insert"]), st.integers(0, 20))
any_text = st.text(alphabet=st.sampled_from(list("ab æø.,\n")), max_size=40)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_unchanged_regional_text_keeps_the_local_text_as_it_is(base: str, local: str) -> None:
    result = rebase(base, local, base)

    assert result.text == local
    assert result.clean
    assert result.conflicts == []


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_without_a_local_change_the_new_regional_text_is_taken(base: str, new: str) -> None:
    result = rebase(base, base, new)

    assert result.text == new
    assert result.clean


@settings(max_examples=100, deadline=None)
@given(paragraphs, st.data(), edits, edits)
def test_edits_in_different_paragraphs_are_both_kept(
    texts: list[list[str]], data: st.DataObject, local_edit: Edit, regional_edit: Edit
) -> None:
    i = data.draw(st.integers(0, len(texts) - 1), label="local paragraph")
    j = data.draw(st.integers(0, len(texts) - 1).filter(lambda j: j != i), label="regional")
    local_texts, regional_texts, expected = list(texts), list(texts), list(texts)
    local_texts[i] = expected[i] = local_edit.apply(texts[i], LOCAL_MARK)
    regional_texts[j] = expected[j] = regional_edit.apply(texts[j], REGIONAL_MARK)

    result = rebase(join(texts), join(local_texts), join(regional_texts))

    assert result.clean
    assert result.text == join(expected)


@settings(max_examples=100, deadline=None)
@given(paragraphs, st.data(), visible_edits, visible_edits)
def test_edits_in_the_same_passage_are_a_conflict_never_a_silent_merge(
    texts: list[list[str]], data: st.DataObject, local_edit: Edit, regional_edit: Edit
) -> None:
    i = data.draw(st.integers(0, len(texts) - 1), label="paragraph")
    local_texts, regional_texts = list(texts), list(texts)
    local_texts[i] = local_edit.apply(texts[i], LOCAL_MARK)
    regional_texts[i] = regional_edit.apply(texts[i], REGIONAL_MARK)

    result = rebase(join(texts), join(local_texts), join(regional_texts))

    assert not result.clean
    assert len(result.conflicts) == 1
    conflict = result.conflicts[0]
    assert LOCAL_MARK in conflict.local
    assert REGIONAL_MARK in conflict.regional
    assert LOCAL_MARK not in conflict.base
    # The conflict is filled in with the local side; the regional wording is not slipped in.
    assert result.text == join(local_texts)
    assert result.text[conflict.start : conflict.end] == conflict.local


def test_a_regionally_rewritten_sentence_conflicts_even_where_the_local_words_survive() -> None:
    # The regional rewrite keeps «til BUP», so the local addition right after it would
    # apply as a patch; but the sentence it belongs to is no longer the one it was written for.
    local = BASE.replace("til BUP ved", "til BUP eller HABU ved")
    regional = BASE.replace(
        "Fastlegen vurderer barnet og tilviser til BUP ved alvorleg angst.",
        "Fastlegen tilviser barnet direkte til BUP ved alvorleg angst.",
    )

    result = rebase(BASE, local, regional)

    assert not result.clean
    [conflict] = result.conflicts
    assert "eller HABU" in conflict.local
    assert "direkte" in conflict.regional
    assert "direkte" not in result.text
    assert "eller HABU" in result.text


def test_changes_to_different_sentences_of_one_paragraph_merge() -> None:
    local = BASE.replace("til BUP ved", "til BUP eller HABU ved")
    regional = BASE.replace("får skriftleg informasjon", "får informasjon på nynorsk")

    result = rebase(BASE, local, regional)

    assert result.clean
    assert "til BUP eller HABU ved" in result.text
    assert "får informasjon på nynorsk" in result.text


def test_changes_to_different_list_items_merge() -> None:
    local = BASE.replace("PPT gir råd til skulen", "PPT Kvinnherad gir råd til skulen")
    regional = BASE.replace("melder frå om uro", "melder frå om uro og fråvær")

    result = rebase(BASE, local, regional)

    assert result.clean
    assert result.text == BASE.replace(
        "PPT gir råd til skulen", "PPT Kvinnherad gir råd til skulen"
    ).replace("melder frå om uro", "melder frå om uro og fråvær")


def test_the_same_change_on_both_sides_is_not_a_conflict() -> None:
    both = BASE.replace("alvorleg angst", "alvorlege angstplager")
    local = both.replace("PPT gir", "PPT i kommunen gir")

    result = rebase(BASE, local, both)

    assert result.clean
    assert result.text == local


def test_two_different_insertions_at_one_place_conflict() -> None:
    base = "Tiltak: samtale."
    result = rebase(base, "Tiltak: samtale, kurs.", "Tiltak: samtale, gruppe.")

    assert not result.clean
    assert result.text == "Tiltak: samtale, kurs."


def test_three_way_regions_give_the_three_way_view_in_order() -> None:
    local = (
        BASE.replace("trivsel og søvn", "trivsel, søvn og ete")
        .replace("tilviser til BUP", "tilviser til BUP eller HABU")
        .replace("PPT gir råd", "PPT gir skriftleg råd")
    )
    regional = (
        BASE.replace("trivsel og søvn", "trivsel, søvn og ete")
        .replace("tilviser til BUP", "tilviser raskt til BUP")
        .replace("melder frå", "seier frå")
    )

    regions = three_way_regions(BASE, local, regional)

    changed = [(r.kind, r.local, r.regional) for r in regions if r.kind is not RegionKind.UNCHANGED]
    assert [kind for kind, _, _ in changed] == [
        RegionKind.BOTH_SAME,
        RegionKind.CONFLICT,
        RegionKind.LOCAL_ONLY,
        RegionKind.REGIONAL_ONLY,
    ]
    assert "HABU" in changed[1][1]
    assert "raskt" in changed[1][2]
    assert "".join(r.base for r in regions) == BASE
    assert "".join(r.local for r in regions) == local
    assert "".join(r.regional for r in regions) == regional


@settings(max_examples=100, deadline=None)
@given(any_text, any_text, any_text)
def test_regions_rebuild_all_three_texts_and_the_result(base: str, local: str, new: str) -> None:
    regions = three_way_regions(base, local, new)

    assert "".join(r.base for r in regions) == base
    assert "".join(r.local for r in regions) == local
    assert "".join(r.regional for r in regions) == new
    for region in regions:
        assert base[region.base_start : region.base_end] == region.base

    result = rebase(base, local, new)
    for conflict in result.conflicts:
        assert result.text[conflict.start : conflict.end] == conflict.local
        assert conflict.local != conflict.regional
    if base not in (local, new) and local != new:
        assert result.text == "".join(r.merged for r in regions)
        conflicts = [r for r in regions if r.kind is RegionKind.CONFLICT]
        assert len(conflicts) == len(result.conflicts)
