--TEST--
Summary: count, mean, histogram, Bayesian average and Wilson lower bound against hand-computed values; merge and storage
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Review\Summary;
// 5,4,null,3,5,1.0 -> ratings 5,4,3,5,1: count 5, sum 18, mean 3.6
// Wilson (4-5 stars: 3 of 5, p = 0.6, z = 1.959964):
//   (0.6 + z²/10 - z*sqrt(0.6*0.4/5 + z²/100)) / (1 + z²/5) = 0.2307243
// Bayesian with prior 3.5 weight 10: (35 + 18) / 15 = 3.5333333
$s = Summary::fromRatings([5, 4, null, 3, 5, 1.0]);
printf("count=%d sum=%d mean=%.4f wilson=%.7f bayes=%.7f\n", $s->count, $s->sum, $s->mean, $s->wilsonLower, $s->bayesian(3.5, 10));
echo json_encode($s->histogram), "\n";
// default prior 3.0, weight 10: (30 + 18) / 15 = 3.2
printf("%.4f\n", $s->bayesian());
// weight 0 is the plain mean
printf("%.4f\n", $s->bayesian(4.0, 0));

// Empty: no mean, Wilson 0, Bayesian is the prior
$e = Summary::fromRatings([null, null]);
var_dump($e->count, $e->mean, $e->wilsonLower, $e->bayesian(4.2, 5));

// All five stars, n = 2: p = 1 -> (1 + z²/4 - z*sqrt(z²/16)) / (1 + z²/2) = 1 / (1 + z²/2) = 0.3423802
printf("%.7f\n", Summary::fromRatings([5, 5])->wilsonLower);
// All one star: p = 0 -> 0
printf("%.7f\n", Summary::fromRatings([1, 1, 1])->wilsonLower);
// n = 100, 80 positive: (0.8 + z²/200 - z*sqrt(0.0016 + z²/40000)) / (1 + z²/100) = 0.7111708
printf("%.7f\n", Summary::fromRatings(array_merge(array_fill(0, 80, 5), array_fill(0, 20, 2)))->wilsonLower);

// Ranking: two 5-star ratings rank below two hundred ratings averaging 4.8 (prior 3.0, weight 10)
$few = Summary::fromRatings([5, 5]);
$many = Summary::fromRatings(array_merge(array_fill(0, 160, 5), array_fill(0, 40, 4)));
printf("few=%.4f many=%.4f\n", $few->bayesian(), $many->bayesian());   // 40/12 = 3.3333, (30+960)/210 = 4.7143

// merge == fromRatings of the union, and it does not change either side
$a = Summary::fromRatings([5, 4, 4]);
$b = Summary::fromRatings([1, 2, null]);
$m = $a->merge($b);
var_dump($m->toArray() == Summary::fromRatings([5, 4, 4, 1, 2])->toArray(), $a->count, $b->count);

// Stored and restored
$stored = json_encode($m->toArray());
$back = Summary::fromArray(json_decode($stored, true));
var_dump($back->toArray() === $m->toArray());
echo $stored, "\n";
var_dump($m instanceof Summary, $m !== $a);
?>
--EXPECT--
count=5 sum=18 mean=3.6000 wilson=0.2307243 bayes=3.5333333
{"1":1,"2":0,"3":1,"4":1,"5":2}
3.2000
3.6000
int(0)
NULL
float(0)
float(4.2)
0.3423802
0.0000000
0.7111708
few=3.3333 many=4.7143
bool(true)
int(3)
int(2)
bool(true)
{"count":5,"sum":16,"mean":3.2,"histogram":{"1":1,"2":1,"3":0,"4":2,"5":1},"wilsonLower":0.23072428127601285}
bool(true)
bool(true)
