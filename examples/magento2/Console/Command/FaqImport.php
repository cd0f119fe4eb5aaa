<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Console\Command;

use ShopCx\CustomerService\Model\Faq\Indexer;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputArgument;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * bin/magento shopcx:faq:import <lang> <file.json>: builds var/shopcx/faq-<lang>.idx from a JSON list of
 * entries ({"id", "question", "answer", optional "tags", "category", "popularity"}). Run it when the FAQ
 * changes (by hand, from a deploy, or a crontab line); the storefront only reads the file. The entries are kept
 * (var/shopcx/faq-<lang>.json) so that a change of the synonyms rebuilds the index (Model\Faq\Indexer).
 */
class FaqImport extends Command
{
    public const NAME = 'shopcx:faq:import';
    private const MAX_BYTES = 64 * 1024 * 1024;

    public function __construct(private readonly Indexer $indexer)
    {
        parent::__construct(self::NAME);
    }

    protected function configure()
    {
        $this->setName(self::NAME)
            ->setDescription('Build the ShopCX FAQ search index of a language from a JSON file')
            ->addArgument('lang', InputArgument::REQUIRED, 'Language of the entries: nl, en, de or fr')
            ->addArgument('file', InputArgument::REQUIRED, 'JSON file with a list of FAQ entries');
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $lang = (string) $input->getArgument('lang');
        $file = (string) $input->getArgument('file');
        $size = is_file($file) ? filesize($file) : false;
        $json = $size !== false && $size <= self::MAX_BYTES ? file_get_contents($file) : false;
        $entries = $json === false ? null : json_decode($json, true);
        if (!is_array($entries) || !array_is_list($entries)) {
            $output->writeln("<error>$file is not a readable JSON list of FAQ entries</error>");
            return self::FAILURE;
        }
        try {
            $count = $this->indexer->import($lang, $entries);
        } catch (\InvalidArgumentException|\ValueError|\ShopCx\IndexException $e) {
            // ConfigException is an InvalidArgumentException. The message names the entry or file at fault.
            $output->writeln('<error>' . $e->getMessage() . '</error> (the previous index, if any, is unchanged)');
            return self::FAILURE;
        }
        $output->writeln("Indexed $count FAQ entries for $lang.");
        return self::SUCCESS;
    }
}
