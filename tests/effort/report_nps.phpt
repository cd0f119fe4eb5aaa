--TEST--
Report::result() for NPS: shares, score and its interval from the variance of a difference of proportions
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\{Survey, Report};

function show(Report $r): void {
    $q = $r->result()->questions['nps'];
    $ci = $q['npsCi'] === null ? 'null' : sprintf('[%.4f, %.4f]', $q['npsCi']['low'], $q['npsCi']['high']);
    printf("n=%d nps=%.4f ci=%s promoters=%.2f passives=%.2f detractors=%.2f mean=%.2f\n",
        $q['count'], $q['nps'], $ci, $q['promoters'], $q['passives'], $q['detractors'], $q['mean']);
}

// 10 answers: promoters 5 (10 9 9 10 10), passives 2 (8 7), detractors 3 (6 3 0).
// NPS = 100 * (0.5 - 0.3) = 20. Var = (0.5 + 0.3 - 0.2^2) / 10 = 0.076, sd 0.27568;
// 1.959964 * 0.27568 = 0.54032 -> [-34.0325, 74.0325].
$r = new Report(Survey::nps());
foreach ([10, 9, 9, 8, 7, 6, 3, 0, 10, 10] as $v) { $r->add(['nps' => $v], 0); }
show($r);

// n = 2, one promoter and one detractor: NPS 0, Var = (0.5 + 0.5 - 0) / 2 = 0.5 -> +-138.6, clamped to [-100, 100].
$r = new Report(Survey::nps());
$r->add(['nps' => 10], 0);
$r->add(['nps' => 0], 0);
show($r);

// n = 2, both promoters: no spread in the sample, the interval collapses to [100, 100].
$r = new Report(Survey::nps());
$r->add(['nps' => 9], 0);
$r->add(['nps' => 10], 0);
show($r);

// n = 1: a score but no interval.
$r = new Report(Survey::nps());
$r->add(['nps' => 9.0], 0);
show($r);
?>
--EXPECT--
n=10 nps=20.0000 ci=[-34.0325, 74.0325] promoters=0.50 passives=0.20 detractors=0.30 mean=7.20
n=2 nps=0.0000 ci=[-100.0000, 100.0000] promoters=0.50 passives=0.00 detractors=0.50 mean=5.00
n=2 nps=100.0000 ci=[100.0000, 100.0000] promoters=1.00 passives=0.00 detractors=0.00 mean=9.50
n=1 nps=100.0000 ci=null promoters=1.00 passives=0.00 detractors=0.00 mean=9.00
