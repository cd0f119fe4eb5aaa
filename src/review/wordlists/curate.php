<?php
/**
 * One-off curation of the CC0 word lists (../shared/data/wordlists) into the tiered lists shipped
 * here. Kept so the next maintainer can see and repeat the choices:
 *   php src/review/wordlists/curate.php /path/to/shared/data/wordlists
 *
 * A raw entry is kept only when it contains a root we reviewed (tables below); everything else
 * (neutral words like "aap", "chat", "jumbo", medical terms, chat acronyms) is dropped. The tier is
 * the strongest root it contains: reject = obscene, sexual, slurs; hold = swearing and rude but
 * possibly fair words ("crap", "shit"). Plain negative words ("waardeloos", "nul") are not listed.
 * Entries with leetspeak characters or spelled-out letters are dropped: the matcher folds those.
 * The questionable_international_words.csv was read and not used: its entries are sensitive
 * topics (bisexual, addiction), not abuse, and flagging them would silence honest reviews.
 * The lists are then hand-edited: the .tsv files are the source of truth, not this script's output.
 */
declare(strict_types=1);

function fold(string $s): string
{
    $s = mb_strtolower(trim($s));
    $s = strtr($s, ['ä' => 'a', 'à' => 'a', 'â' => 'a', 'á' => 'a', 'ã' => 'a', 'ç' => 'c', 'é' => 'e', 'è' => 'e',
        'ê' => 'e', 'ë' => 'e', 'î' => 'i', 'ï' => 'i', 'í' => 'i', 'ô' => 'o', 'ö' => 'o', 'ó' => 'o', 'ù' => 'u',
        'û' => 'u', 'ü' => 'u', 'ú' => 'u', 'ß' => 'ss', 'œ' => 'oe', 'æ' => 'ae', '’' => "'", '-' => ' ']);
    return preg_replace('/\s+/', ' ', $s);
}

/* Roots per language: [reject roots, hold roots, excluded entries (innocent or too ambiguous)]. */
$roots = [
    'en' => [
        ['fuck', 'cunt', 'cock', 'dick', 'pussy', 'nigg', 'faggot', 'whore', 'slut', 'bitch', 'twat', 'wank',
         'dildo', 'blowjob', 'blow job', 'jizz', 'cumshot', 'cum shot', 'rapist', 'retard', 'spastic', 'spaz',
         'tranny', 'kike', 'chink', 'paki', 'wetback', 'coon', 'gook', 'dyke', 'shemale', 'clit', 'tits', 'titties',
         'boobs', 'anal', 'porn', 'penis', 'vagina', 'handjob', 'hand job', 'rimjob', 'bukkake', 'gangbang'],
        ['shit', 'crap', 'damn', 'piss', 'bastard', 'asshole', 'arsehole', 'bollock', 'bugger', 'idiot', 'moron',
         'dumbass', 'jackass', 'douche', 'bullshit', 'goddamn', 'wtf', 'stfu', 'bloody hell', 'screw you', 'sucker'],
        ['cockerel', 'cockpit', 'cockroach', 'cocktail', 'cockatoo', 'peacock', 'hancock', 'dickens', 'dickinson',
         'dickie', 'analysis', 'analyst', 'canal', 'banal', 'scrap', 'crappie', 'paki', 'coon', 'raccoon', 'cocoon',
         'tycoon', 'kike', 'chink', 'titties', 'piss', 'damn', 'spaz', 'anal', 'shitake', 'shiitake', 'cocky',
         'cock', 'dick', 'clit', 'dyke', 'dike', 'penis', 'vagina', 'boobs', 'tits', 'porn', 'bugger', 'sucker',
         'cock-a-doodle-doo', 'cock-a-hoop', 'cock-a-leekie', 'cock-of-the-rock', 'cock-sparrow', 'cock tail', 'cock eye',
         'cock-eyed', 'cock fight', 'cock-up', 'pussy cat', 'pussycats', 'pussyfoot', 'pussyfooted', 'pussyfooting',
         'pussyfoots', "dick's", 'did he bollocks', 'piss in', 'cock ing', 'piss ing', 'piss ier', 'piss iest',
         'anal leakage', 'cock ider', 'cock sman', 'cock smen', 'cock smith'],
    ],
    'nl' => [
        ['kutwijf', 'neuk', 'hoer', 'flikker', 'mongool', 'mongolen', 'kankerlijer', 'kanker', 'tyfuslijer',
         'teringlijer', 'klerelijer', 'pijpen', 'pijper', 'pik', 'slet', 'sletje', 'kut', 'nicht', 'poepchinees',
         'poepie', 'kaffer', 'makak', 'bruinwerker', 'aarsridder', 'reet', 'zak sperma', 'sperma', 'wijf',
         'klootzak', 'kloothommel', 'spast', 'mongol'],
        ['tering', 'tyfus', 'klere', 'godver', 'godverdomme', 'verdomme', 'kloten', 'shit', 'zeik', 'pis', 'rot op',
         'oprotten', 'sukkel', 'eikel', 'idioot', 'lul', 'klote', 'trut', 'debiel', 'kak', 'stront', 'zak', 'oplichter', 'flutzooi'],
        ['kanker', 'kut', 'lul', 'nicht', 'nichtje', 'pis', 'zak', 'reet', 'geil', 'kak', 'tering', 'tyfus',
         'geilheid', 'wijf', 'oplichter', 'pijpen', 'reetkever', 'lullig'],
    ],
    'de' => [
        ['fick', 'fotze', 'hure', 'nutte', 'wichs', 'schwanz', 'muschi', 'möse', 'mose', 'schlampe', 'neger',
         'nigger', 'kanake', 'schwuchtel', 'spast', 'missgeburt', 'arschficker', 'hurensohn', 'pimmel', 'titten',
         'bumsen', 'vergewaltig', 'votze', 'kampflesbe', 'tunte', 'behindert', 'mongo', 'zigeuner', 'judensau'],
        ['scheiß', 'scheiss', 'scheis', 'arsch', 'kacke', 'kack', 'pisse', 'piss', 'verdammt', 'idiot',
         'depp', 'trottel', 'vollidiot', 'blödmann', 'dumm', 'drecks', 'sau', 'penner', 'wixer',
         'verarsch', 'abzocke', 'betrüger', 'halt die fresse', 'fresse', 'leck mich', 'bastard', 'kotz'],
        ['mist', 'sau', 'dumm', 'dreck', 'dreck sack', 'dreck sau', 'kack', 'arsch', 'schwanz', 'behindert', 'abzocke', 'betrüger', 'dumme',
         'kotzen', 'saufen', 'saugen', 'mose', 'bastard', 'mongo'],
    ],
    'fr' => [
        ['encul', 'pute', 'putain', 'salope', 'salaud', 'niqu', 'nique', 'baise', 'baiser', 'bite', 'chatte',
         'couille', 'branle', 'pede', 'pédé', 'tapette', 'tarlouze', 'tarlouse', 'gouine', 'bougnoul', 'negre',
         'nègre', 'bamboula', 'youpin', 'bicot', 'chinetoque', 'chintok', 'bridé', 'enfoiré', 'foutre', 'pouffiasse',
         'poufiasse', 'connasse', 'trisomique', 'mongol', 'sucer', 'suceur', 'suceuse', 'pétasse', 'viol',
         'zizi', 'zob', 'chibre'],
        ['merde', 'merdique', 'chier', 'con', 'connard', 'conne', 'crétin', 'abruti', 'débile', 'bordel', 'emmerde',
         'fais chier', 'ta gueule', 'gueule', 'foutu', 'foutre', 'escroc', 'arnaque', 'imbécile', 'chiant',
         'cul', 'nul à chier', 'casse toi', 'dégueulasse', 'degueulasse'],
        ['con', 'cul', 'viol', 'violet', 'violette', 'violon', 'violence', 'bite', 'baiser', 'arnaque', 'escroc',
         'gueule', 'bordel', 'sucer', 'chatte', 'bridé', 'foutu', 'zizi', 'mongol', 'conne', 'trisomique',
         'culasse', 'culbuter', 'convoitise', 'concher', 'conchier', 'culeter'],
    ],
];

/* Entries the tables above cannot express: standalone words, and stems matched as prefix or suffix. */
$extra = [
    'en' => [
        ['fuck', 'reject', 'prefix'], ['motherfuck', 'reject', 'prefix'], ['fucker', 'reject', 'suffix'],
        ['cunt', 'reject', 'prefix'], ['cock', 'hold', 'word'], ['cocks', 'hold', 'word'], ['cocksucker', 'reject', 'word'],
        ['dick', 'hold', 'word'], ['dickhead', 'reject', 'word'], ['nigger', 'reject', 'prefix'],
        ['nigga', 'reject', 'word'], ['niggas', 'reject', 'word'], ['niggaz', 'reject', 'word'], ['faggot', 'reject', 'prefix'], ['shit', 'hold', 'word'],
        ['bullshit', 'hold', 'word'], ['shitty', 'hold', 'word'], ['crap', 'hold', 'word'], ['crappy', 'hold', 'word'],
        ['piss', 'hold', 'word'], ['pissed', 'hold', 'word'], ['damn', 'hold', 'word'], ['damnit', 'hold', 'word'],
        ['penis', 'reject', 'word'], ['vagina', 'reject', 'word'], ['tits', 'reject', 'word'], ['boobs', 'hold', 'word'],
        ['porn', 'reject', 'prefix'], ['anal', 'hold', 'word'], ['sucker', 'hold', 'word'], ['bugger', 'hold', 'word'],
        ['dyke', 'reject', 'word'], ['retard', 'reject', 'word'], ['retarded', 'reject', 'word'], ['retards', 'reject', 'word'], ['scam', 'hold', 'word'], ['scammers', 'hold', 'word'],
    ],
    'nl' => [
        ['kanker', 'hold', 'word'], ['kankerlijer', 'reject', 'word'], ['kut', 'hold', 'word'],
        ['kutding', 'hold', 'word'], ['kutzooi', 'hold', 'word'], ['kutproduct', 'hold', 'word'],
        ['tering', 'hold', 'word'], ['teringzooi', 'hold', 'word'], ['tyfus', 'hold', 'word'], ['klere', 'hold', 'word'],
        ['kolere', 'hold', 'word'], ['klote', 'hold', 'prefix'], ['kloten', 'hold', 'word'], ['klootzak', 'reject', 'word'],
        ['neuken', 'reject', 'word'], ['neuk', 'reject', 'word'], ['neuker', 'reject', 'suffix'], ['lul', 'hold', 'word'],
        ['lullo', 'hold', 'word'], ['flikker', 'reject', 'word'], ['flikkers', 'reject', 'word'], ['mongool', 'reject', 'word'],
        ['mongolen', 'reject', 'word'], ['hoer', 'reject', 'word'], ['hoeren', 'reject', 'word'], ['hoerenzoon', 'reject', 'word'],
        ['godverdomme', 'hold', 'word'], ['godver', 'hold', 'word'], ['shit', 'hold', 'word'], ['stront', 'hold', 'word'],
        ['oplichters', 'hold', 'word'], ['oplichterij', 'hold', 'word'], ['zeikerd', 'hold', 'word'], ['debiel', 'hold', 'word'],
        ['sukkel', 'hold', 'word'], ['sukkels', 'hold', 'word'], ['eikel', 'hold', 'word'], ['eikels', 'hold', 'word'],
        ['idioot', 'hold', 'word'], ['idioten', 'hold', 'word'], ['kak', 'hold', 'word'],
    ],
    'de' => [
        ['fick', 'reject', 'word'], ['ficken', 'reject', 'word'], ['fickt', 'reject', 'word'], ['gefickt', 'reject', 'word'],
        ['ficker', 'reject', 'suffix'], ['fotze', 'reject', 'suffix'], ['wichser', 'reject', 'suffix'],
        ['scheiße', 'hold', 'word'], ['scheiss', 'hold', 'prefix'], ['scheiß', 'hold', 'prefix'], ['beschissen', 'hold', 'word'],
        ['arsch', 'hold', 'word'], ['arschloch', 'hold', 'word'], ['arschlöcher', 'hold', 'word'], ['kacke', 'hold', 'word'],
        ['drecksladen', 'hold', 'word'], ['saftladen', 'hold', 'word'],
        ['idiot', 'hold', 'suffix'], ['idioten', 'hold', 'suffix'], ['abzocke', 'hold', 'word'], ['abzocker', 'hold', 'word'],
        ['betrüger', 'hold', 'word'], ['hure', 'reject', 'word'], ['huren', 'reject', 'word'], ['hurensohn', 'reject', 'word'],
        ['behinderte', 'hold', 'word'], ['spast', 'reject', 'word'], ['spasti', 'reject', 'word'],
    ],
    'fr' => [
        ['con', 'hold', 'word'], ['cons', 'hold', 'word'], ['conne', 'hold', 'word'], ['connard', 'hold', 'word'],
        ['connards', 'hold', 'word'], ['connasse', 'reject', 'word'], ['putain', 'hold', 'word'], ['pute', 'reject', 'word'],
        ['putes', 'reject', 'word'], ['merde', 'hold', 'word'], ['merdique', 'hold', 'word'], ['encul', 'reject', 'prefix'],
        ['salope', 'reject', 'word'], ['salopes', 'reject', 'word'], ['salaud', 'hold', 'word'], ['bite', 'reject', 'word'],
        ['chatte', 'hold', 'word'], ['nique', 'reject', 'word'], ['niquer', 'reject', 'word'], ['cul', 'hold', 'word'],
        ['arnaque', 'hold', 'word'], ['arnaqueurs', 'hold', 'word'], ['escrocs', 'hold', 'word'], ['bordel', 'hold', 'word'],
        ['gueule', 'hold', 'word'], ['ta gueule', 'hold', 'word'], ['chier', 'hold', 'word'], ['fais chier', 'hold', 'word'],
        ['trisomique', 'reject', 'word'], ['pd', 'reject', 'word'],
    ],
];

/*
 * Words a review in another shipped language uses innocently: all four lists are active by default
 * (shops get reviews in several languages), so these are not listed on their own; phrases and
 * compounds that hold them stay ("ta gueule", "dickhead"). Found by running every word of the
 * Snowball vocabularies (/usr/share/snowball/data/<lang>/voc.txt) through the Moderator.
 */
$ambiguous = [
    'dick' => 'de: thick ("das Kabel ist dick")', 'douche' => 'nl, fr: shower', 'douches' => 'nl, fr: showers',
    'huren' => 'nl: to rent', 'bite' => 'en: bite', 'con' => 'en: pros and cons', 'cons' => 'en: pros and cons',
    'cul' => 'en: cul-de-sac', 'retard' => 'fr: delay ("livraison en retard")', 'retards' => 'fr: delays',
    'pd' => 'an abbreviation', 'gueule' => 'fr: muzzle, "avoir de la gueule"', 'sucker' => 'en: suction cup',
    'chinks' => 'en: gaps', 'chink' => 'en: gap',
];

$src = rtrim($argv[1] ?? __DIR__ . '/../../../../shared/data/wordlists', '/');
$rank = ['hold' => 1, 'reject' => 2];
foreach ($roots as $lang => [$reject, $hold, $exclude]) {
    $out = [];
    foreach ($extra[$lang] as [$term, $tier, $mode]) {
        $out[fold($term)] = [$term, $tier, $mode];
    }
    $excluded = array_flip(array_map('fold', $exclude));
    foreach (file("$src/$lang.txt", FILE_IGNORE_NEW_LINES) as $raw) {
        $raw = preg_replace('/\s+/u', ' ', trim($raw));
        $key = fold($raw);
        if ($key === '' || isset($out[$key]) || isset($excluded[$key]) || preg_match('/[0-9@$.,;:!?()"`*_\/\\\\]|\bã|\b\p{L}( \p{L})+\b/u', $raw)
            || mb_strlen($key) < 3 || substr_count($key, ' ') > 3) {
            continue;
        }
        $tier = null;
        foreach ([['reject', $reject], ['hold', $hold]] as [$t, $list]) {
            foreach ($list as $root) {
                $r = fold($root);
                /* Short roots ("con", "cul", "kut") only as whole words: "convoitise", "culasse" are innocent. */
                $end = mb_strlen($r) <= 4 ? '($|[ \'])' : '';
                if ($r !== '' && preg_match('/(^|[ \'])' . preg_quote(trim($r), '/') . $end . '/u', $key)) {
                    $tier ??= $t;
                }
            }
        }
        if ($tier !== null) {
            $out[$key] = [$raw, $tier, 'word'];
        }
    }
    foreach ($ambiguous as $word => $why) {
        unset($out[fold($word)]);
    }
    /* Drop word entries a prefix or suffix stem of at least the same tier already covers. */
    foreach ($out as $key => [$term, $tier, $mode]) {
        foreach ($out as $k2 => [$t2, $tier2, $mode2]) {
            if ($mode === 'word' && $k2 !== $key && $rank[$tier2] >= $rank[$tier]
                && (($mode2 === 'prefix' && preg_match('/(^| )' . preg_quote($k2, '/') . '\S*$/', $key) && !str_contains($key, ' '))
                    || ($mode2 === 'suffix' && str_ends_with($key, $k2) && !str_contains($key, ' ')))) {
                unset($out[$key]);
                break;
            }
        }
    }
    ksort($out, SORT_STRING);
    $fh = fopen(__DIR__ . "/$lang.tsv", 'w');
    fwrite($fh, "# ShopCX review moderation list ($lang). Derived from the CC0 lists in shared/data/wordlists (see LICENSE-CC0.txt).\n");
    fwrite($fh, "# term<TAB>tier (reject|hold|allow)<TAB>match (word|prefix|suffix|part). Folded when loaded: case, accents, repeats, leetspeak.\n");
    foreach ($out as [$term, $tier, $mode]) {
        fwrite($fh, "$term\t$tier\t$mode\n");
    }
    fclose($fh);
    printf("%s: %d entries (%d reject, %d hold)\n", $lang, count($out),
        count(array_filter($out, fn($e) => $e[1] === 'reject')), count(array_filter($out, fn($e) => $e[1] === 'hold')));
}
