<?php
declare(strict_types=1);

namespace ShopCx\CustomerService\Model\Faq;

/**
 * Starter FAQ entries for the six topics of the service charter (product, order status, payment,
 * shipping, returns, privacy) in nl, en, de and fr. General texts a merchant is meant to edit: they name
 * no carrier, price or period the shop may not have. Ids start with "starter-" so a second click adds
 * nothing twice.
 */
final class StarterEntries
{
    public const TOPICS = ['product', 'order-status', 'payment', 'shipping', 'returns', 'privacy'];

    /** topic => lang => [question, answer, tags] */
    private const TEXT = [
        'product' => [
            'nl' => ['Hoe weet ik welke maat of uitvoering ik nodig heb?', 'Op elke productpagina staan de afmetingen en een maattabel. Twijfel je? Stuur ons een bericht of start de chat: we denken graag met je mee.', ['maat', 'maattabel', 'afmetingen', 'productinformatie']],
            'en' => ['How do I know which size or version I need?', 'Every product page lists the dimensions and a size chart. Not sure? Send us a message or start a chat and we will gladly help you choose.', ['size', 'chart', 'dimensions', 'product']],
            'de' => ['Woher weiß ich, welche Größe oder Ausführung ich brauche?', 'Auf jeder Produktseite finden Sie die Maße und eine Größentabelle. Sie sind unsicher? Schreiben Sie uns oder starten Sie den Chat – wir beraten Sie gern.', ['größe', 'größentabelle', 'maße', 'produkt']],
            'fr' => ['Comment savoir quelle taille ou quelle version choisir ?', 'Chaque fiche produit indique les dimensions et un guide des tailles. Vous hésitez ? Écrivez-nous ou ouvrez le chat : nous vous conseillerons volontiers.', ['taille', 'guide', 'dimensions', 'produit']],
        ],
        'order-status' => [
            'nl' => ['Waar is mijn bestelling?', 'Zodra je pakket onderweg is, krijg je een e-mail met de track-and-tracecode. In je account onder "Mijn bestellingen" zie je altijd de actuele status.', ['status', 'bestelling', 'track', 'trace', 'volgen']],
            'en' => ['Where is my order?', 'As soon as your parcel is on its way you get an e-mail with the tracking code. Under "My orders" in your account you can always see the current status.', ['status', 'order', 'tracking', 'track']],
            'de' => ['Wo ist meine Bestellung?', 'Sobald Ihr Paket unterwegs ist, erhalten Sie eine E-Mail mit der Sendungsnummer. In Ihrem Kundenkonto unter „Meine Bestellungen“ sehen Sie jederzeit den aktuellen Stand.', ['status', 'bestellung', 'sendungsverfolgung', 'sendungsnummer']],
            'fr' => ['Où en est ma commande ?', 'Dès que votre colis est en route, vous recevez un e-mail avec le numéro de suivi. Dans votre compte, rubrique « Mes commandes », vous voyez toujours où elle en est.', ['statut', 'commande', 'suivi', 'numéro']],
        ],
        'payment' => [
            'nl' => ['Hoe kan ik betalen?', 'Je betaalt veilig bij het afrekenen. Welke betaalmethoden we aanbieden, zie je in de laatste stap van de checkout. Je betaling wordt versleuteld verwerkt.', ['betalen', 'betaling', 'betaalmethode', 'ideal', 'creditcard']],
            'en' => ['How can I pay?', 'You pay securely at checkout; the last step shows the payment methods we offer. Your payment is processed over an encrypted connection.', ['pay', 'payment', 'methods', 'card']],
            'de' => ['Wie kann ich bezahlen?', 'Sie bezahlen sicher an der Kasse; im letzten Schritt sehen Sie die Zahlungsarten, die wir anbieten. Ihre Zahlung wird verschlüsselt übertragen.', ['bezahlen', 'zahlung', 'zahlungsarten', 'kreditkarte']],
            'fr' => ['Comment puis-je payer ?', 'Vous payez en toute sécurité lors de la commande ; la dernière étape affiche les moyens de paiement proposés. Votre paiement est transmis de façon chiffrée.', ['payer', 'paiement', 'moyens', 'carte']],
        ],
        'shipping' => [
            'nl' => ['Wanneer wordt mijn bestelling bezorgd en wat kost verzending?', 'Op de productpagina en in de winkelwagen zie je wanneer je bestelling bezorgd wordt. De verzendkosten zie je in de checkout voordat je betaalt.', ['bezorging', 'verzending', 'verzendkosten', 'levertijd']],
            'en' => ['When will my order be delivered, and what does shipping cost?', 'The product page and the cart show when your order will be delivered. You see the shipping costs at checkout, before you pay.', ['delivery', 'shipping', 'costs', 'time']],
            'de' => ['Wann wird meine Bestellung geliefert und was kostet der Versand?', 'Auf der Produktseite und im Warenkorb sehen Sie, wann Ihre Bestellung geliefert wird. Die Versandkosten sehen Sie an der Kasse, bevor Sie bezahlen.', ['lieferung', 'versand', 'versandkosten', 'lieferzeit']],
            'fr' => ['Quand ma commande sera-t-elle livrée et combien coûte la livraison ?', 'La fiche produit et le panier indiquent quand votre commande sera livrée. Les frais de livraison s’affichent lors de la commande, avant le paiement.', ['livraison', 'expédition', 'frais', 'délai']],
        ],
        'returns' => [
            'nl' => ['Hoe kan ik iets retourneren?', 'Je kunt je bestelling binnen de bedenktijd retourneren. Meld je retour aan via je account of neem contact met ons op; je krijgt je geld terug zodra we het artikel hebben ontvangen.', ['retour', 'retourneren', 'terugsturen', 'bedenktijd', 'geld']],
            'en' => ['How do I return something?', 'You can return your order within the cooling-off period. Register the return in your account or contact us; you get your money back as soon as we have received the item.', ['return', 'returns', 'refund', 'money']],
            'de' => ['Wie kann ich etwas zurückschicken?', 'Sie können Ihre Bestellung innerhalb der Widerrufsfrist zurücksenden. Melden Sie die Rücksendung in Ihrem Kundenkonto an oder schreiben Sie uns; Sie erhalten Ihr Geld zurück, sobald der Artikel bei uns angekommen ist.', ['rücksendung', 'retoure', 'widerruf', 'erstattung']],
            'fr' => ['Comment retourner un article ?', 'Vous pouvez retourner votre commande pendant le délai de rétractation. Déclarez le retour dans votre compte ou contactez-nous ; vous êtes remboursé dès que nous avons reçu l’article.', ['retour', 'renvoyer', 'rétractation', 'remboursement']],
        ],
        'privacy' => [
            'nl' => ['Wat doen jullie met mijn gegevens?', 'We gebruiken je gegevens alleen om je bestelling af te handelen en je vragen te beantwoorden. In onze privacyverklaring lees je welke gegevens we bewaren, hoe lang, en hoe je ze kunt inzien of laten verwijderen.', ['privacy', 'gegevens', 'persoonsgegevens', 'avg', 'verwijderen']],
            'en' => ['What do you do with my data?', 'We only use your data to handle your order and answer your questions. Our privacy policy explains which data we keep, for how long, and how you can see it or have it deleted.', ['privacy', 'data', 'personal', 'gdpr', 'delete']],
            'de' => ['Was passiert mit meinen Daten?', 'Wir verwenden Ihre Daten nur, um Ihre Bestellung abzuwickeln und Ihre Fragen zu beantworten. In unserer Datenschutzerklärung lesen Sie, welche Daten wir wie lange speichern und wie Sie Auskunft oder Löschung verlangen können.', ['datenschutz', 'daten', 'dsgvo', 'löschung']],
            'fr' => ['Que faites-vous de mes données ?', 'Nous utilisons vos données uniquement pour traiter votre commande et répondre à vos questions. Notre politique de confidentialité explique quelles données nous conservons, combien de temps, et comment les consulter ou les faire supprimer.', ['confidentialité', 'données', 'rgpd', 'suppression']],
        ],
    ];

    /** @return list<array{id:string, question:string, answer:string, tags:list<string>, category:string}> */
    public static function for(string $lang): array
    {
        $lang = in_array($lang, ['nl', 'en', 'de', 'fr'], true) ? $lang : 'en';
        $out = [];
        foreach (self::TOPICS as $topic) {
            [$question, $answer, $tags] = self::TEXT[$topic][$lang];
            $out[] = ['id' => 'starter-' . $topic, 'question' => $question, 'answer' => $answer, 'tags' => $tags, 'category' => $topic];
        }
        return $out;
    }
}
