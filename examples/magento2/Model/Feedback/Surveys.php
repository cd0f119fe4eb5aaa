<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Feedback;

use ShopCx\Effort\Survey;

/**
 * The survey definitions by id, in one place: the survey a customer answers (ces, nps, csat,
 * effort) and "review", the star rating of every saved review folded into the same kind of report
 * (a 1-5 scale, so its distribution is the report's rating distribution).
 */
final class Surveys
{
    public const REVIEW_RATINGS = 'review';
    /** Weekly buckets: the admin report draws the trend per week. */
    public const BUCKET = 'week';
    /** Ids a custom survey may not take. */
    public const BUILT_IN = ['ces', 'nps', 'csat', 'effort', 'conversation', self::REVIEW_RATINGS];

    /** @param Survey|null $custom the store's custom survey: returned for its own id */
    public static function get(string $id, ?Survey $custom = null): Survey
    {
        if ($custom !== null && $custom->id() === $id) {
            return $custom;
        }
        return match ($id) {
            'conversation' => Survey::conversation(),
            'nps' => Survey::nps(),
            'csat' => Survey::csat(),
            'effort' => Survey::effort(),
            self::REVIEW_RATINGS => Survey::fromArray(['id' => self::REVIEW_RATINGS, 'questions' => [
                ['id' => 'rating', 'metric' => 'csat', 'required' => true,
                    'text' => ['en' => 'Star rating', 'nl' => 'Sterren', 'de' => 'Sterne', 'fr' => 'Étoiles']],
            ]]),
            default => Survey::ces(),
        };
    }
}
