--TEST--
Report::result(): means with t-intervals, Wilson shares, CSAT %, yes/no and the effort hotspot, against hand-computed figures
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Effort\{Survey, Report};

function ci(?array $ci, string $f = '%.4f'): string {
    return $ci === null ? 'null' : sprintf("[$f, $f]", $ci['low'], $ci['high']);
}
function num(?float $x): string { return $x === null ? 'null' : sprintf('%.4f', $x); }

// CES 2.0, n = 5: 7 6 5 3 1. mean 4.4, s = sqrt(23.2/4) = 2.40832, t(0.975, 4) = 2.776445,
// half width 2.776445 * 2.40832 / sqrt(5) = 2.99032 -> [1.4097, 7.3903], clamped to the scale at 7.
// Low effort (5-7 agree) 3/5 = 0.6, Wilson [0.2307, 0.8824].
$r = new Report(Survey::ces());
foreach ([7, 6, 5, 3, 1] as $v) { $r->add(['ces' => $v], 1766400000); }
$q = $r->result()->questions['ces'];
echo "ces: n={$q['count']} mean=", num($q['mean']), " ci=", ci($q['ci']), " low=", num($q['lowEffort']), " lowCi=", ci($q['lowEffortCi']), "\n";
echo "distribution: ", json_encode($q['distribution']), "\n";

// n = 1: the mean has no interval (one answer says nothing about spread); Wilson still has one: 1/1 -> [0.2065, 1].
$r = new Report(Survey::ces());
$r->add(['ces' => 6], 0);
$q = $r->result()->questions['ces'];
echo "ces n=1: mean=", num($q['mean']), " ci=", ci($q['ci']), " low=", num($q['lowEffort']), " lowCi=", ci($q['lowEffortCi']), "\n";

// n = 2: 2 and 6. mean 4, s = 2.828427, t(1) = 12.7062: +-25.41 -> the whole scale [1, 7]; Wilson 1/2 -> [0.0945, 0.9055].
$r = new Report(Survey::ces());
$r->add(['ces' => 2], 0);
$r->add(['ces' => '6'], 0);
$q = $r->result()->questions['ces'];
echo "ces n=2: mean=", num($q['mean']), " ci=", ci($q['ci']), " low=", num($q['lowEffort']), " lowCi=", ci($q['lowEffortCi']), "\n";

// CSAT, n = 6: 5 4 4 2 1 5. mean 3.5, satisfied (4-5) 4/6 = 66.67 %, Wilson [29.9993 %, 90.3229 %].
$r = new Report(Survey::csat());
foreach ([5, 4, 4, 2, 1, 5] as $v) { $r->add(['csat' => $v, 'comment' => $v < 3 ? 'too slow' : ''], 0); }
$res = $r->result();
$q = $res->questions['csat'];
echo "csat: mean=", num($q['mean']), " ci=", ci($q['ci']), " csat=", num($q['csat']), " csatCi=", ci($q['csatCi']), "\n";
echo "comments: {$res->questions['comment']['count']} ({$res->questions['comment']['metric']})\n";

// Three-stage effort survey, n = 4.
// choosing 1 1 2 1: mean 1.25, ci [1, 2.0456]; virtually none 3/4 (Wilson [0.3006, 0.9544]); far too much 0
// purchasing 2 3 3 1: mean 2.25 (the hotspot), ci clamped to [1, 3]; virtually none 1/4 [0.0456, 0.6994]; far too much 0.5
// after 1 2 1 1: like choosing
$r = new Report(Survey::effort());
$r->add(['choosing' => 1, 'purchasing' => 2, 'after' => 1], 0);
$r->add(['choosing' => 1, 'purchasing' => 3, 'after' => 2, 'comment' => 'Checkout asked twice for my address'], 0);
$r->add(['choosing' => 2, 'purchasing' => 3, 'after' => 1], 0);
$r->add(['choosing' => 1, 'purchasing' => 1, 'after' => 1], 0);
$res = $r->result();
foreach (['choosing', 'purchasing', 'after'] as $id) {
    $q = $res->questions[$id];
    echo "$id: mean=", num($q['mean']), " ci=", ci($q['ci']), " low=", num($q['lowEffort']), " lowCi=", ci($q['lowEffortCi']), " high=", num($q['highEffort']), "\n";
}
echo "hotspot: {$res->hotspot}, responses: {$res->responses}, count(): ", $r->count(), "\n";

// Post-conversation ratings: solved yes 2 of 3, Wilson [0.2077, 0.9385]; friendly 5 5 3 mean 4.3333.
$r = new Report(Survey::conversation());
$r->add(['friendly' => 5, 'informed' => 4, 'solved' => true], 0);
$r->add(['friendly' => 5, 'informed' => 5, 'solved' => 'yes'], 0);
$r->add(['friendly' => 3, 'informed' => 2, 'solved' => 0], 0);
$res = $r->result();
echo "solved: yes=", num($res->questions['solved']['yes']), " ci=", ci($res->questions['solved']['yesCi']), " dist=", json_encode($res->questions['solved']['distribution']), "\n";
echo "friendly: mean=", num($res->questions['friendly']['mean']), " metric=", $res->questions['friendly']['metric'], "\n";
var_dump($res->hotspot);
var_dump(array_keys($res->toArray()));
?>
--EXPECT--
ces: n=5 mean=4.4000 ci=[1.4097, 7.0000] low=0.6000 lowCi=[0.2307, 0.8824]
distribution: {"1":1,"2":0,"3":1,"4":0,"5":1,"6":1,"7":1}
ces n=1: mean=6.0000 ci=null low=1.0000 lowCi=[0.2065, 1.0000]
ces n=2: mean=4.0000 ci=[1.0000, 7.0000] low=0.5000 lowCi=[0.0945, 0.9055]
csat: mean=3.5000 ci=[1.7756, 5.0000] csat=66.6667 csatCi=[29.9993, 90.3229]
comments: 2 (comment)
choosing: mean=1.2500 ci=[1.0000, 2.0456] low=0.7500 lowCi=[0.3006, 0.9544] high=0.0000
purchasing: mean=2.2500 ci=[1.0000, 3.0000] low=0.2500 lowCi=[0.0456, 0.6994] high=0.5000
after: mean=1.2500 ci=[1.0000, 2.0456] low=0.7500 lowCi=[0.3006, 0.9544] high=0.0000
hotspot: purchasing, responses: 4, count(): 4
solved: yes=0.6667 ci=[0.2077, 0.9385] dist=[1,2]
friendly: mean=4.3333 metric=rating
NULL
array(6) {
  [0]=>
  string(6) "survey"
  [1]=>
  string(9) "responses"
  [2]=>
  string(9) "questions"
  [3]=>
  string(7) "hotspot"
  [4]=>
  string(8) "segments"
  [5]=>
  string(7) "buckets"
}
