--TEST--
Report::result() for NPS: shares, score and its adjusted-Wald interval (variance of a difference of proportions after 3 pseudo-answers)
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
// NPS = 100 * (0.5 - 0.3) = 20. Interval: n' = 13, p_P = 5.75/13, p_D = 3.75/13, centre 2/13 = 0.153846;
// Var = (p_P + p_D - centre^2) / 13 = 0.054393, sd 0.233223; 1.959964 * 0.233223 = 0.457106 -> [-30.3260, 61.0952].
$r = new Report(Survey::nps());
foreach ([10, 9, 9, 8, 7, 6, 3, 0, 10, 10] as $v) { $r->add(['nps' => $v], 0); }
show($r);

// n = 2, one promoter and one detractor: NPS 0; n' = 5, p_P = p_D = 0.35, Var = 0.7 / 5 = 0.14 -> +-73.3351.
$r = new Report(Survey::nps());
$r->add(['nps' => 10], 0);
$r->add(['nps' => 0], 0);
show($r);

// n = 2, both promoters: no spread in the sample, yet two answers are no certainty. n' = 5, p_P = 0.55,
// p_D = 0.15, centre 0.4, Var = (0.7 - 0.16) / 5 = 0.108 -> [-24.4110, 104.41], clamped to 100.
$r = new Report(Survey::nps());
$r->add(['nps' => 9], 0);
$r->add(['nps' => 10], 0);
show($r);

// n = 2, both passives: NPS 0; the plain Wald interval was [0, 0]. n' = 5, p_P = p_D = 0.15 -> +-48.0091.
$r = new Report(Survey::nps());
$r->add(['nps' => 7], 0);
$r->add(['nps' => 8], 0);
show($r);

// n = 1: a score but no interval.
$r = new Report(Survey::nps());
$r->add(['nps' => 9.0], 0);
show($r);
?>
--EXPECT--
n=10 nps=20.0000 ci=[-30.3260, 61.0952] promoters=0.50 passives=0.20 detractors=0.30 mean=7.20
n=2 nps=0.0000 ci=[-73.3351, 73.3351] promoters=0.50 passives=0.00 detractors=0.50 mean=5.00
n=2 nps=100.0000 ci=[-24.4110, 100.0000] promoters=1.00 passives=0.00 detractors=0.00 mean=9.50
n=2 nps=0.0000 ci=[-48.0091, 48.0091] promoters=0.00 passives=1.00 detractors=0.00 mean=7.50
n=1 nps=100.0000 ci=null promoters=1.00 passives=0.00 detractors=0.00 mean=9.00
