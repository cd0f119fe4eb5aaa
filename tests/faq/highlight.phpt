--TEST--
Hits carry escaped HTML with <mark> around matched words; answers are cut to a snippet around the matches; HTML in answers is stripped
--EXTENSIONS--
shopcx
--FILE--
<?php
use ShopCx\Faq\Index;

$long = str_repeat('Lorem ipsum dolor sit amet. ', 20) . 'Retourneren kan binnen 30 dagen via het retourlabel. ' . str_repeat('Consectetur adipiscing elit. ', 20);
$ix = Index::build([
    ['id' => 'xss', 'question' => 'Is <script>alert("x")</script> & "quotes" veilig?', 'answer' => 'Ja: we tonen <b>vet</b> &amp; &lt;tekst&gt; als tekst. Tom&#39;s &#x1F600; &eacute;&eacute;n<br>regel<script>var x = "<b>";</script> verder.'],
    ['id' => 'retour', 'question' => 'Hoe werkt retourneren?', 'answer' => $long],
    ['id' => 'ij', 'question' => 'Wanneer is de IJssel-winkel open?', 'answer' => 'Van maandag tot zaterdag.'],
    ['id' => 'factuur', 'question' => 'Waar vind ik mijn factuur?', 'answer' => 'Ga naar <a href="/account">Mijn account</a>, open <strong>Bestellingen</strong>. Of <em>bel</em><span>ons</span>.<p>Tip</p><ul><li>pdf</li><li>print</li></ul>zin<br/>twee'],
], ['lang' => 'nl']);

$h = $ix->search('script quotes veilig')->hits[0];
echo $h->question, "\n", $h->questionHighlight, "\n", $h->highlight, "\n";

echo "-- the stripped answer is what is indexed: tags and script content are not\n";
foreach (['vet', 'tekst', 'regel', 'tom', 'var', 'alert'] as $q) {
    printf("%-6s %s\n", $q, implode(',', array_map(fn($x) => $x->id, $ix->search($q, 3, ['typos' => false, 'prefix' => false])->hits)) ?: '-');
}

echo "-- snippet around the matches in a long answer\n";
$h = $ix->search('retourlabel')->hits[0];
echo $h->questionHighlight, "\n", $h->highlight, "\n";
printf("%d bytes\n", strlen($h->highlight));

echo "-- stems, case and accents are marked in the original spelling\n";
echo $ix->search('ijssel winkels')->hits[0]->questionHighlight, "\n";
echo $ix->search('retourneer', 1)->hits[0]->questionHighlight, "\n";

echo "-- inline tags join the text around them like a browser does; block tags and <br> separate words\n";
echo $ix->search('factuur', 1)->hits[0]->highlight, "\n";

echo "-- highlight off\n";
var_dump($ix->search('retourlabel', 1, ['highlight' => false])->hits[0]->highlight);
?>
--EXPECT--
Is <script>alert("x")</script> & "quotes" veilig?
Is &lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp; &quot;<mark>quotes</mark>&quot; <mark>veilig</mark>?
Ja: we tonen vet &amp; &lt;tekst&gt; als tekst. Tom&#039;s 😀 één regel verder.
-- the stripped answer is what is indexed: tags and script content are not
vet    xss
tekst  xss
regel  xss
tom    xss
var    -
alert  xss
-- snippet around the matches in a long answer
Hoe werkt retourneren?
…sit amet. Retourneren kan binnen 30 dagen via het <mark>retourlabel</mark>. Consectetur adipiscing elit. Consectetur adipiscing elit. Consectetur adipiscing elit. Consectetur adipiscing elit. Consectetur…
209 bytes
-- stems, case and accents are marked in the original spelling
Wanneer is de <mark>IJssel</mark>-<mark>winkel</mark> open?
Hoe werkt <mark>retourneren</mark>?
-- inline tags join the text around them like a browser does; block tags and <br> separate words
Ga naar Mijn account, open Bestellingen. Of belons. Tip pdf print zin twee
-- highlight off
string(0) ""
