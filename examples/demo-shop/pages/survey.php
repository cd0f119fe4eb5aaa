<?php
/**
 * The survey behind a signed link (ShopCx\Token, purpose "survey"): the link names the survey and
 * the order; ShopCx\Effort\Survey renders the questions and validates the answers.
 */
declare(strict_types=1);

namespace Demo;

use ShopCx\Effort\Survey;
use ShopCx\TokenException;

$token = param($_REQUEST, 't');
try {
    $claims = tokens()->verify($token, 'survey', now());
} catch (TokenException $e) {
    http_response_code(403);
    page_start(t('survey.title'), 'content');
    echo '<h1>', h(t('survey.title')), '</h1><p class="error" id="survey-error">', h(t('review.badlink', $e->getMessage())), '</p>';
    page_end();
    return;
}
$name = in_array($claims['survey'] ?? '', ['effort', 'ces', 'nps', 'csat'], true) ? $claims['survey'] : 'effort';
$survey = Survey::$name();
$ref = 'order:' . ($claims['order'] ?? '?');
$done = q('SELECT COUNT(*) FROM survey_responses WHERE survey = ? AND ref = ?', [$name, $ref])->fetchColumn() > 0;
race_window();

if ($_SERVER['REQUEST_METHOD'] === 'POST' && $done) {
    http_response_code(409);
} elseif ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $answers = [];
    foreach ($survey->questions(lang()) as $question) {
        $value = $_POST['q'][$question['id']] ?? null;
        if (is_string($value) && $value !== '') {
            $answers[$question['id']] = $value;
        }
    }
    try {
        $valid = $survey->validate($answers);
        $comment = null;
        foreach ($survey->questions() as $question) {
            if ($question['metric'] === 'comment') {
                $comment = $valid[$question['id']];
                unset($valid[$question['id']]); // the report keeps counts only; the text goes to the team
            }
        }
        // One answer per survey and order: the UNIQUE (survey, ref) index decides in one statement which of
        // two simultaneous posts of a link is stored; the other one is told the survey was answered.
        $stored = q('INSERT INTO survey_responses (survey, answers, at, ref, comment) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (survey, ref) DO NOTHING', [$name, json_encode($valid), now(), $ref, $comment])->rowCount() === 1;
        $done = true;
        if (!$stored) {
            http_response_code(409);
        } else {
            $thanks = true;
            // A customer who had to work hard, or would not recommend us, gets a call from the service team.
            $low = match ($name) {
                'effort' => max($valid['choosing'], $valid['purchasing'], $valid['after']) >= 3,
                'ces' => $valid['ces'] <= 3,
                'nps' => $valid['nps'] <= 6,
                'csat' => $valid['csat'] <= 2,
            };
            if ($low) {
                notify_helpdesk('effort.low_score', ['survey' => $name, 'order' => $claims['order'] ?? null, 'answers' => $valid,
                    'comment' => $comment]);
            }
        }
    } catch (\ValueError) {
        $error = t('survey.invalid'); // Survey::validate()'s message names the extension's method: not for visitors
    }
}

page_start(t('survey.title'), 'content');
?>
<h1><?= h(t('survey.title')) ?></h1>
<?php if (isset($thanks)): ?>
  <p id="survey-thanks"><?= h(t('survey.thanks')) ?></p>
<?php elseif ($done): ?>
  <p id="survey-thanks"><?= h(t('survey.already')) ?></p>
<?php else: ?>
  <p><?= h(t('survey.intro', $claims['order'] ?? '?')) ?></p>
  <?php if (isset($error)): ?><p class="error"><?= h($error) ?></p><?php endif ?>
  <form method="post" class="stack" id="survey-form">
    <?= csrf_field() ?>
    <input type="hidden" name="t" value="<?= h($token) ?>">
  <?php foreach ($survey->questions(lang()) as $question): $id = $question['id']; ?>
    <fieldset class="question" data-question="<?= h($id) ?>"><legend><?= h($question['text']) ?></legend>
    <?php if ($question['metric'] === 'comment'): ?>
      <textarea name="q[<?= h($id) ?>]" rows="3" maxlength="2000"></textarea>
    <?php else: ?>
      <div class="scale">
      <?php for ($v = $question['min']; $v <= $question['max']; $v++): ?>
        <label><input type="radio" name="q[<?= h($id) ?>]" value="<?= $v ?>"<?= $question['required'] ? ' required' : '' ?>>
          <?= $v ?><?= isset($question['labels'][$v]) ? ' <span class="small">' . h($question['labels'][$v]) . '</span>' : '' ?></label>
      <?php endfor ?>
      </div>
    <?php endif ?>
    </fieldset>
  <?php endforeach ?>
    <button type="submit" id="survey-submit"><?= h(t('survey.submit')) ?></button>
  </form>
<?php endif ?>
<?php
page_end();
