"""The actor development set's figures may not fall (issue 17): people F1, role and country
accuracy on the parts tuned on (``devset_*``) and on the held-out parts (``heldout_*``),
scored line by line as ``benchmarks/actors_devset/score.py`` does."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from bulletinkit import ActorKind
from bulletinkit.parse.actors import extract_actors

DEVSET = Path(__file__).resolve().parents[3] / "benchmarks" / "actors_devset"


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("actors_devset_score", DEVSET / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(pattern: str) -> tuple[float, float, float]:
    score = _score_module()
    tp = fp = fn = role_ok = role_all = country_ok = country_all = 0
    for path in sorted(DEVSET.glob(pattern)):
        for item in score.load(path):
            people = [a for a in extract_actors(item["text"]) if a.kind is ActorKind.PERSON]
            for name, role, country in item["people"]:
                hit = next(
                    (a for a in people if score._matches(name, (a.name, *a.aliases[:1]))), None
                )
                if hit is None:
                    fn += 1
                    continue
                people.remove(hit)
                tp += 1
                if role is not None:
                    role_all += 1
                    titles = [score.norm_role(r.title) for r in hit.roles]
                    role_ok += any(score.norm_role(alt) in titles for alt in role.split(" / "))
                if country is not None:
                    country_all += 1
                    country_ok += hit.country == country
            fp += len(people)
    f1 = 2 * tp / (2 * tp + fp + fn)
    return f1, role_ok / role_all, country_ok / country_all


# Floors a little under the figures measured when they were set. Session 3 added parts M
# (dev) and N (held out) and dropped the guess of the story's country for people the text
# does not place (issue 17): the older held-out gold gives many of them a country from world
# knowledge, so its country floor is lower than before by design.
# Measured: dev 0.997/0.976/1.000, held-out 0.998/0.977/0.870.
@pytest.mark.parametrize(
    ("pattern", "floors"),
    [("devset_*.txt", (0.98, 0.92, 0.97)), ("heldout_*.txt", (0.99, 0.95, 0.86))],
)
def test_the_figures_hold(pattern: str, floors: tuple[float, float, float]) -> None:
    f1, roles, countries = _figures(pattern)
    assert f1 >= floors[0], f"people F1 {f1:.3f}"
    assert roles >= floors[1], f"roles {roles:.3f}"
    assert countries >= floors[2], f"countries {countries:.3f}"
