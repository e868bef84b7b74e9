from generator.render.charts_periods import MAX_BARS, complete_periods


def test_missing_months_are_zero_across_a_new_year() -> None:
    assert complete_periods([("2024-02", 3), ("2023-11", 1)]) == [
        ("2023-11", 1),
        ("2023-12", 0),
        ("2024-01", 0),
        ("2024-02", 3),
    ]


def test_repeated_periods_are_summed() -> None:
    assert complete_periods([("2023", 1), ("2025", 2), ("2023", 4)]) == [
        ("2023", 5),
        ("2024", 0),
        ("2025", 2),
    ]


def test_months_mixed_with_years_become_years() -> None:
    assert complete_periods([("2023-05", 1), ("2024", 2), ("2024-01", 3)]) == [
        ("2023", 1),
        ("2024", 5),
    ]


def test_too_many_months_become_years() -> None:
    counts = [("2020-01", 1), ("2023-12", 2)]
    assert complete_periods(counts)[-1] == ("2023-12", 2)
    counts.append(("2024-01", 4))
    assert complete_periods(counts) == [
        ("2020", 1),
        ("2021", 0),
        ("2022", 0),
        ("2023", 2),
        ("2024", 4),
    ]


def test_only_the_latest_years_are_kept() -> None:
    periods = complete_periods([("1066", 1), ("2024", 2)])
    assert len(periods) == MAX_BARS
    assert periods[0] == (str(2024 - MAX_BARS + 1), 0)


def test_other_periods_are_kept_as_given() -> None:
    counts = [("Q2 2023", 1), ("Q1 2023", 2), ("Q2 2023", 3)]
    assert complete_periods(counts) == counts
    assert complete_periods([]) == []


def test_only_the_latest_other_periods_are_kept() -> None:
    periods = complete_periods([(f"week {n}", n) for n in range(60)])
    assert len(periods) == MAX_BARS
    assert periods[0] == ("week 12", 12)
