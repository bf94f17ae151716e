# Français : les mots de l’application elle-même sur la connexion, les identifications et les erreurs.

## Les faits que l’application rapporte sur la connexion

fact-new-connection = Nouvelle connexion
fact-connecting = Ouverture du WebSocket du proxy { $url }
fact-connect-asked = Demande au proxy de se connecter à { $host }:{ $port }
fact-opened-websockify = Connecté via websockify : le serveur est la cible fixe du proxy
fact-opened-plain = Connecté à { $peer } (TCP en clair)
fact-opened-tls = Connecté à { $peer } avec { $tls }
fact-start-tls-asked = Demande au proxy de démarrer TLS sur cette connexion
fact-tls-up = TLS est actif : { $tls }
tls-verified = { $version }, certificat vérifié
tls-pinned = { $version }, certificat auquel vous avez choisi de faire confiance
fact-stls-impossible = STLS ne peut pas continuer : websockify ne fait que relayer les octets vers la cible avec laquelle il a été lancé ; il n’y a pas de canal de contrôle, donc l’application ne peut ni choisir le serveur, ni démarrer TLS avec STLS, ni afficher les certificats. Déconnexion.
fact-in-page = Connecté au serveur de démonstration à l’intérieur de cette page : ni réseau ni proxy, donc pas de TLS non plus
fact-no-proxy = Aucun proxy ne répond à l’adresse de cette page. Le serveur de démonstration fonctionne dans la page en POP3 en clair ; les vrais serveurs et TLS (STLS, port 995) demandent le proxy fourni : lancez cargo xtask dev, ou servez la page avec pop3-proxy.
fact-link-error = { $failure }. Le proxy a dit : { $message }
fact-control-unreadable = Le proxy a envoyé quelque chose que cette application ne comprend pas : { $error }
fact-closed = Connexion fermée par { $by ->
    [server] le serveur
    [proxy] le proxy
   *[client] cette application
} : { $reason }
fact-closed-socket = Navigateur ↔ proxy : le WebSocket vers le proxy s’est fermé : { $reason }
socket-1000 = fermeture normale (1000)
socket-1001 = le proxy s’en va, par exemple parce qu’il s’arrête (1001)
socket-1005 = fermeture sans code d’état (1005)
socket-1006 = la connexion au proxy a été coupée sans trame de fermeture : le proxy n’est pas lancé, son URL est fausse, il a refusé l’origine de cette page, ou le réseau a flanché (1006)
socket-1008 = le proxy a refusé la connexion en vertu de sa politique (1008)
socket-1009 = un message était trop gros pour le proxy (1009)
socket-1011 = le proxy a rencontré une erreur interne (1011)
socket-1012 = le proxy redémarre : reconnectez-vous dans un instant (1012)
socket-1013 = le proxy est surchargé : réessayez plus tard (1013)
socket-1015 = la négociation TLS avec le proxy a échoué : le navigateur ne fait pas confiance au certificat de cette adresse wss:// (1015)
socket-other = fermeture avec le code { $code }, que cette application ne connaît pas
fact-session-ended = { $expected ->
    [yes] La session s’est terminée normalement
   *[no] La connexion s’est terminée de façon inattendue
}
fact-no-reply = {"\u00A0"}; aucune réponse à { $list }
fact-partial-body = {"\u00A0"}; { $octets ->
    [one] { $octets } octet d’un corps était arrivé
   *[other] { $octets } octets d’un corps étaient arrivés
}
fact-no-update = . Aucun QUIT n’a reçu de réponse : le serveur n’est jamais passé à l’état UPDATE, { $marked ->
    [0] rien n’est supprimé
    [one] le message marqué comme supprimé reste dans la boîte aux lettres
   *[other] les { $marked } messages marqués comme supprimés restent dans la boîte aux lettres
} (RFC 1939 §6)
fact-not-sent = Non envoyé : { $reason }
fact-imported = { $lines ->
    [one] { $lines } ligne importée
   *[other] { $lines } lignes importées
} comme { $format ->
    [prefixed] journal C:/S:
   *[telnet] journal de terminal
} ; { $skipped ->
    [one] { $skipped } ignorée
   *[other] { $skipped } ignorées
} car ce n’était pas du POP3
fact-state-changed = { $from } → { $to }
state-entered-authorization = Le serveur a envoyé son message d’accueil : identifiez-vous maintenant
state-entered-transaction = Identifié : la boîte aux lettres est ouverte
state-entered-update = QUIT : le serveur applique les suppressions
state-entered-closed = La session est terminée

## Pourquoi une ligne n’a pas pu être écrite

unwritable-bad-keyword = "{ $keyword }" n’est pas un mot-clé de commande
unwritable-forbidden-byte = les arguments ne peuvent pas contenir l’octet { $byte }
unwritable-missing-argument = { $keyword } exige un argument
unwritable-bad-arguments = arguments incorrects pour { $keyword } ; syntaxe : { $expected }
unwritable-not-utf8 = la ligne de commande n’est pas de l’UTF-8 valide

## Identifications

login-refused = Échec de l’identification { $method } : { $reason }
login-no-reason = aucune raison donnée
login-no-randomness = Ce navigateur ne fournit pas de nombres aléatoires sûrs (crypto.getRandomValues) : l’échange SCRAM ne peut donc pas commencer
login-sasl = { $error }

## Ce que signifient les codes d’erreur du proxy

error-bad-request = Le proxy n’a pas compris la requête
error-origin-not-allowed = Cette page n’a pas le droit d’utiliser le proxy (lancez-le avec --allow-origin)
error-port-not-allowed = Le proxy ne se connecte pas à ce port (lancez-le avec --allow-port)
error-host-not-allowed = En mode public, le proxy ne se connecte pas aux adresses privées
error-dns-failed = Le nom du serveur est introuvable
error-connect-failed = Le serveur a refusé la connexion ou est injoignable
error-timeout = Le serveur a mis trop de temps à répondre
error-tls-failed = La négociation TLS a échoué
error-cert-untrusted = Le certificat du serveur n’est pas reconnu comme fiable
error-too-many-sessions = Le proxy est occupé (trop de sessions)
error-idle-timeout = La connexion est restée inactive trop longtemps

## Où l’échec a eu lieu : entre cette page et le proxy, ou entre le proxy et le serveur

failure-at-hop = { $hop } : { $explanation }
hop-browser-proxy = Navigateur ↔ proxy
hop-proxy-server = Proxy ↔ serveur

## Pourquoi une négociation TLS a échoué, par cause

tls-failure-self-signed = Le certificat du serveur est auto-signé : il s’est signé lui-même, et aucune autorité de certification reconnue par le proxy ne s’en porte garante. Les serveurs de test en ont souvent un ; ne lui faites confiance que si vous pouvez vérifier son empreinte
tls-failure-ca-used-as-leaf = Le serveur présente comme le sien un certificat d’autorité de certification (CA), fait pour signer d’autres certificats, ce qu’un serveur ne doit pas faire. Les certificats auto-signés créés par les scripts d’installation ressemblent souvent à cela
tls-failure-expired = Le certificat du serveur a expiré : sa période de validité est terminée, et les clients le refusent tant que le serveur n’en a pas installé un nouveau
tls-failure-not-yet-valid = Le certificat du serveur n’est pas encore valide : sa période de validité commence dans le futur (ou l’horloge de l’ordinateur du proxy est fausse)
tls-failure-wrong-name = Le certificat du serveur est établi pour d’autres noms : l’hôte auquel vous vous connectez doit figurer parmi les noms du certificat
tls-failure-unknown-issuer = La chaîne de certificats du serveur mène à une autorité de certification à laquelle le proxy ne fait pas confiance, par exemple l’autorité privée d’une organisation
tls-failure-incomplete-chain = La chaîne de certificats est incomplète : le serveur a envoyé son certificat sans le certificat intermédiaire qui le relie à une autorité reconnue. Un serveur doit envoyer ses certificats intermédiaires
tls-failure-bad-signature = Une signature de la chaîne de certificats du serveur ne se vérifie pas : un certificat a été modifié, ou n’a pas été signé par la clé qu’il indique
tls-failure-invalid-certificate = Le certificat du serveur est inutilisable : il est mal formé, utilise un algorithme que le proxy ne prend pas en charge, ou n’est pas destiné à un serveur TLS
tls-failure-handshake-failed = La négociation TLS s’est interrompue : le serveur et le proxy n’ont aucune version de TLS ni aucun chiffrement en commun, le serveur a envoyé une alerte, ou il a fermé la connexion
tls-failure-not-tls = Le serveur ne parle pas TLS sur ce port : il a répondu en clair (par exemple un message d’accueil POP3, « +OK ») là où une négociation TLS était attendue. Utilisez le TLS implicite sur un port TLS comme 995, et Aucune ou STLS sur un port en clair comme 110
