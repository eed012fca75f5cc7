"""The commitment-score calibration tool: reading a raw score back through the line, pooling bins until the share
right rises, and the proposed line."""
from pipeline.evaluate.calibrate_commitments import MIN_ROWS, bins, monotone_points, proposed_line, raw_score

LINE = ((0.0, 0.1), (0.5, 0.5), (1.0, 0.9))


def test_raw_score_reads_the_line_back():
    assert raw_score(LINE, 0.5) == 0.5
    assert abs(raw_score(LINE, 0.7) - 0.75) < 1e-9
    assert raw_score((), 0.42) == 0.42           # no line: the score is raw


def test_bins_pool_until_the_share_rises_and_each_block_is_large_enough():
    rows = [(0.52, i < 12) for i in range(20)] + [(0.62, i < 8) for i in range(20)] + \
           [(0.83, i < 18) for i in range(20)] + [(0.91, True)] * 3
    points = monotone_points(bins(rows))
    shares = [share for _, share, _ in points]
    assert shares == sorted(shares) and len(set(shares)) == len(shares)
    assert all(n >= MIN_ROWS for _, _, n in points)
    # 0.52 (12/20) and 0.62 (8/20) fall: pooled into one block of 20/40; the three 0.91 rows join the 0.83 block
    assert points[0][1:] == (0.5, 40) and points[-1][2] == 23


def test_the_proposed_line_rises_from_end_to_end():
    line = proposed_line([(0.55, 0.5, 40), (0.84, 0.91, 23)])
    assert line[0][0] == 0.0 and line[-1][0] == 1.0
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in zip(line, line[1:]))
