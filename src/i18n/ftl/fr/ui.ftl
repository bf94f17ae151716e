# Français : les libellés, boutons et textes de la page.

## app

ui-language = Langue
ui-app-session-state = État de la session (RFC 1939 §3)
ui-app-mail = Boîte aux lettres et message

## settings

ui-settings-preset-demo = Serveur de démonstration (en clair + STLS)
ui-settings-preset-demo-tls = Serveur de démonstration (TLS, 1995)
ui-settings-preset-localhost = localhost:110
ui-settings-preset-gmail = Gmail (pop.gmail.com:995)
ui-settings-preset-outlook = Outlook (outlook.office365.com:995)
ui-settings-preset-fault-expired = Certificat expiré (démonstration, 1996)
ui-settings-preset-fault-wrong-name = Mauvais nom (démonstration, 1997)
ui-settings-preset-fault-self-signed = Certificat auto-signé (démonstration, 1998)
ui-settings-preset-fault-incomplete-chain = Chaîne incomplète (démonstration, 1999)
ui-settings-websockify-no-control = websockify ne fait que relayer les octets vers la cible avec laquelle il a été lancé : il n’y a pas de canal de contrôle, donc l’application ne peut ni choisir le serveur, ni démarrer TLS avec STLS, ni afficher les certificats

## connection

ui-connection-title = Connexion
ui-connection-try-demo = Essayer le serveur de démonstration
ui-connection-no-proxy = Aucun proxy ne répond à côté de cette page : le serveur de démonstration fonctionne donc à l’intérieur. Les vrais serveurs et TLS demandent pop3-proxy (cargo xtask dev).
ui-connection-preset = Préréglage
ui-connection-choose-server = Choisir un serveur…
ui-connection-tls-faults = Erreurs TLS pour apprendre
ui-connection-host = Hôte
ui-connection-port = Port
ui-connection-security = Sécurité
ui-connection-security-none = Aucune (en clair, port 110)
ui-connection-security-stls = STLS (passage en TLS après le message d’accueil)
ui-connection-security-implicit = TLS implicite (port 995)
ui-connection-proxy = Proxy
ui-connection-proxy-kind = Type
ui-connection-kind-playground = pop3-proxy (celui de ce projet)
ui-connection-kind-websockify = websockify (cible fixe, octets seulement)
# $reason (texte) : pourquoi, d’après ui-settings-websockify-no-control
ui-connection-websockify-off = L’hôte, le port, la sécurité, STLS et le panneau des certificats sont désactivés : { $reason }.
ui-connection-proxy-url = URL WebSocket du proxy
ui-connection-via = Serveur de démonstration
ui-connection-via-auto = Dans cette page, sauf si un proxy répond
ui-connection-via-in-page = Dans cette page (sans installation)
ui-connection-via-proxy = Par le proxy
ui-connection-via-no-tls = Dans cette page, il n’y a pas de TLS : STLS et le port 995 demandent le proxy.
ui-connection-pinned = Un certificat auquel vous avez choisi de faire confiance est épinglé pour ce serveur.
ui-connection-connect = Se connecter
ui-connection-disconnect = Se déconnecter
ui-connection-not-connected = Non connecté.
ui-connection-connecting = Connexion…
ui-connection-connected = Connecté à { $host }:{ $port }
ui-connection-connected-in-page = Connecté au serveur de démonstration dans cette page
# $reason (texte) : le dernier fait de la connexion, en toutes lettres
ui-connection-disconnected-why = Déconnecté : { $reason }
ui-connection-disconnected = Déconnecté.
ui-connection-proxy-said = Le proxy a dit : { $message }

## cert_panel

ui-cert-title = Certificat TLS
ui-cert-untrusted-title = Certificat non fiable
ui-cert-no-version = négociation inachevée
ui-cert-no-cipher = aucune suite de chiffrement
ui-cert-no-sni = aucun (une adresse IP)
# $error (texte) : ce que la bibliothèque TLS a signalé, tel quel
ui-cert-what-failed = Ce qui a échoué : { $error }
ui-cert-pinned = Non vérifié auprès des autorités racines publiques : accepté parce que vous l’avez épinglé.
ui-cert-verified = Vérifié auprès des autorités racines publiques.
ui-cert-server = Serveur :
ui-cert-issuer = Émetteur :
ui-cert-issued-by = émis par { $issuer }
ui-cert-valid = valide du { $from } au { $until }
# $names (texte) : les noms alternatifs du sujet du certificat, séparés par des virgules
ui-cert-names = noms : { $names }
ui-cert-trust-explain = Faire confiance à ce certificat précis pour ce serveur (une exception de certificat, comme dans les clients de messagerie) ; la connexion est rétablie avec son empreinte épinglée.
ui-cert-trust = Faire confiance à ce certificat

## login

ui-login-title = Identification
ui-login-stls-offered = Le serveur propose STLS : passez en TLS avant d’envoyer un mot de passe.
ui-login-send-stls = Envoyer STLS
ui-login-capa-hint = Envoyez CAPA pour voir quels mécanismes le serveur propose.
ui-login-demo-credentials = Le serveur de démonstration : connectez-vous en tant que { $user } avec le mot de passe { $password }. Les autres utilisateurs, avec le même mot de passe, montrent chacun un problème : { $others }.
ui-login-demo-fill = Remplir avec { $user }
ui-login-demo-reset = Réinitialiser mes boîtes aux lettres de démonstration
ui-login-demo-reset-done = Vos boîtes aux lettres de démonstration sont comme neuves : tous les messages sont revenus.
ui-login-send-capa = Envoyer CAPA
ui-login-method = Méthode
ui-login-user = Utilisateur
ui-login-password = Mot de passe
ui-login-token = Jeton d’accès
# $host (texte) : le nom d’hôte du serveur
ui-login-cleartext-warning = Attention : { $host } n’est pas cette machine et la connexion n’est pas chiffrée. Le mot de passe traversera le réseau en clair. Appuyez de nouveau sur le bouton pour l’envoyer quand même.
ui-login-send-in-clear = Envoyer le mot de passe en clair
ui-login-button = S’identifier
ui-login-apop-timestamp = L’horodatage du message d’accueil :
ui-login-apop-concatenate = Concaténez-le avec votre secret :
ui-login-apop-md5 = Le MD5 du tout, en hexadécimal minuscule :
ui-login-apop-pending = (calculé lors de l’identification)
ui-login-apop-send = Envoyer APOP nom empreinte : le secret lui-même ne transite jamais sur le réseau.

## commands

ui-commands-title = Commandes
ui-commands-message = Message
# $number : le numéro du message ; $octets : sa taille
ui-commands-message-size = { $number } ({ $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
})
ui-commands-top-lines = Lignes pour TOP
ui-commands-why-disabled = { $count ->
    [one] Pourquoi { $count } commande est désactivée
   *[other] Pourquoi { $count } commandes sont désactivées
}
ui-commands-raw = Commande brute (Entrée pour envoyer, ↑/↓ pour l’historique)
ui-commands-raw-placeholder = p. ex. LIST 1
# $reason (texte) : pourquoi la commande n’est pas valide maintenant, avec sa référence à la RFC
ui-commands-send-anyway = { $reason }. Appuyez de nouveau sur Entrée pour l’envoyer quand même.
# $reason (texte) : pourquoi, d’après ui-settings-websockify-no-control
ui-commands-stls-off = STLS est désactivé : { $reason } (RFC 2595 §4)

## diagram

ui-diagram-title = Diagramme de séquence
ui-diagram-summary = ({ $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
})
ui-diagram-summary-window = (les { $shown } dernières entrées sur { $total })
ui-diagram-download = Télécharger le SVG
ui-diagram-legend = Bleu : commandes du client · vert : réponses · rouge : -ERR · gris : notes du proxy · violet : TLS
ui-diagram-empty = Rien pour l’instant : connectez-vous ou importez un journal.
ui-diagram-link-hint = Cliquez sur une flèche (ou appuyez sur Entrée quand elle a le focus) pour sélectionner sa ligne dans le journal.

## export/diagram : le SVG, affiché dans la page et téléchargé

ui-diagram-svg-label = Diagramme de séquence de la session POP3, { $count ->
    [one] { $count } flèche
   *[other] { $count } flèches
}
ui-diagram-svg-title = Session POP3 : diagramme de séquence
ui-diagram-lane-client = Client (cette application)
ui-diagram-lane-proxy = Proxy
ui-diagram-lane-server = Serveur POP3
ui-diagram-svg-window = Affichage des { $shown } dernières entrées sur { $total } ({ $skipped ->
    [one] { $skipped } entrée antérieure non dessinée
   *[other] { $skipped } entrées antérieures non dessinées
})
# Après la première ligne d’une réponse : combien de lignes compte son corps
ui-diagram-svg-body-lines = (+{ $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
})
ui-diagram-svg-tls = TLS à partir d’ici : chiffré entre le proxy et le serveur

## export

ui-export-title = Exporter et partager
ui-export-format = Format d’export
ui-export-text = Texte (C:/S:)
ui-export-json = JSON (durées, annotations)
ui-export-script-openssl = Script shell (openssl s_client)
ui-export-script-curl = Commandes curl
ui-export-script-python = Script Python (poplib)
ui-export-script-explain = Un script qui rejoue les commandes de la dernière connexion. Sans les secrets, il demande le mot de passe (ou le lit dans POP3_PASSWORD) à l’exécution.
ui-export-secrets = Inclure les secrets
ui-export-secrets-warning = L’export contient maintenant les mots de passe et les réponses SASL en clair.
ui-export-copy = Copier
ui-export-download-txt = Télécharger le .txt
ui-export-download-json = Télécharger le .json
ui-export-download-sh = Télécharger le .sh
ui-export-download-py = Télécharger le .py
ui-export-open = Ouvrir un export .json :
ui-export-share-title = Lien de partage
ui-export-share-explain = Serveur, port, sécurité et proxy seulement : jamais de nom d’utilisateur, de mot de passe ni de certificat épinglé.
ui-export-copy-link = Copier le lien
ui-export-copied = Copié
ui-export-no-clipboard = Le presse-papiers n’est pas disponible ici : sélectionnez le texte et copiez-le
ui-export-restored = { $count ->
    [one] { $count } entrée restaurée
   *[other] { $count } entrées restaurées
}

## import

ui-import-title = Importer un journal
ui-import-explain = Collez une session : des lignes préfixées par C: et S: (comme dans les RFC), ou un simple journal telnet. Elle est rejouée hors ligne par le même moteur client.
ui-import-run = Rejouer et annoter

## mailbox

ui-mailbox-title = Boîte aux lettres
ui-mailbox-log-in-first = Identifiez-vous pour ouvrir la boîte aux lettres (RFC 1939 §4).
ui-mailbox-quit-sent = QUIT a été envoyé : le serveur efface les messages marqués comme supprimés.
ui-mailbox-connect-first = Connectez-vous et identifiez-vous pour voir la boîte aux lettres.
ui-mailbox-load = Charger la boîte aux lettres
ui-mailbox-load-title = STAT, LIST, UIDL et TOP n 0 pour les premiers messages
ui-mailbox-rset-title = RSET : retire la marque de suppression de chaque message marqué (RFC 1939 §5)
ui-mailbox-fetch-headers = Récupérer les en-têtes ({ $count })
ui-mailbox-fetch-headers-title = TOP n 0 : la section d’en-têtes de chaque message affiché qui n’en a pas encore (RFC 1939 §7)
# Ce qu’a dit STAT : $count messages de $octets octets au total ($size : la même chose, p. ex. "1.5 MiB")
ui-mailbox-status = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}, { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
} ({ $size })
# Avant STAT : $count messages listés
ui-mailbox-status-listed = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
ui-mailbox-marked = { $deleted ->
    [one] 1 autre marqué comme supprimé (effacé au QUIT)
   *[other] { $deleted } autres marqués comme supprimés (effacés au QUIT)
}
# $command (texte) : la commande dont la réponse arrive, p. ex. "RETR 2"
ui-mailbox-receiving = Réception de { $command }
# $received, $total (texte) : des tailles, p. ex. "1.5 MiB"
ui-mailbox-received-of = { $received } sur { $total }
# $received (texte) : une taille, p. ex. "1.5 MiB"
ui-mailbox-received = { $received } reçus
ui-mailbox-empty = La boîte aux lettres est vide.
ui-mailbox-press-load = Appuyez sur « Charger la boîte aux lettres » pour lister les messages.
ui-mailbox-col-number-title = Numéro du message (RFC 1939 §5)
ui-mailbox-col-size = Taille
ui-mailbox-col-size-title = Octets, d’après LIST
ui-mailbox-col-uid-title = Identifiant unique, d’après UIDL
ui-mailbox-col-from = De
ui-mailbox-col-subject = Objet
ui-mailbox-col-date = Date
ui-mailbox-col-actions = Actions
ui-mailbox-showing = { $shown } affichés sur { $total }.
ui-mailbox-show-more = Afficher { $count } de plus
ui-mailbox-show-message = Afficher le message { $number }
ui-mailbox-retr-title = RETR { $number } : le télécharger et l’afficher
ui-mailbox-dele-title = DELE { $number } : le marquer comme supprimé
ui-mailbox-size-title = { $octets ->
    [one] { $octets } octet, d’après LIST
   *[other] { $octets } octets, d’après LIST
}
ui-mailbox-deleted = supprimé
ui-mailbox-open = Ouvrir

## message

ui-message-title = Message
ui-message-empty = Ouvrez un message pour voir ses en-têtes, sa structure MIME et son corps.
ui-message-views = Vues du message
ui-message-tab-headers = En-têtes
ui-message-tab-structure = Structure
ui-message-tab-text = Texte
ui-message-tab-html = HTML
ui-message-tab-attachments = Pièces jointes
ui-message-tab-raw = Brut
ui-message-no-subject = (sans objet)
ui-message-from = De
ui-message-to = À
ui-message-date = Date
# Le numéro et la taille du message ($size : la même chose, p. ex. "1.5 MiB")
ui-message-number-size = #{ $number }, { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
} ({ $size })
ui-message-problem-not-a-message = Aucun champ d’en-tête trouvé : cela ne ressemble pas à un message Internet (RFC 5322)
ui-message-problem-undecodable = { $count ->
    [one] { $count } partie n’a pas pu être décodée proprement (base64, quoted-printable ou jeu de caractères incorrect) ; ce qui a pu être lu est affiché
   *[other] { $count } parties n’ont pas pu être décodées proprement (base64, quoted-printable ou jeu de caractères incorrect) ; ce qui a pu être lu est affiché
}
ui-message-heading = Message { $number }
ui-message-fetching = Téléchargement…
ui-message-reading = Lecture du message en parties…
ui-message-problem-no-reader = Le message n’a pas pu être lu en parties ici : { $reason }. Sa source brute reste affichée.
ui-message-send-retr = Envoyer RETR { $number }
ui-message-retry-retr = Réessayer RETR { $number }
ui-message-no-headers = Aucun champ d’en-tête.
ui-message-as-sent = Tel qu’envoyé
ui-message-part-octets = { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
}
ui-message-part-octets-sent = { $octets ->
    [one] { $octets } octet tel qu’envoyé
   *[other] { $octets } octets tels qu’envoyés
}
ui-message-part-count = { $count ->
    [one] { $count } partie
   *[other] { $count } parties
}
ui-message-part-charset = jeu de caractères { $charset }
ui-message-part-raw-title = { $octets ->
    [one] { $octets } octet avec les en-têtes, tel qu’envoyé
   *[other] { $octets } octets avec les en-têtes, tels qu’envoyés
}
ui-message-implied = (implicite)
ui-message-implied-title = Pas de champ Content-Type : valeur par défaut de la RFC 2045 §5.2
ui-message-part-problem = n’a pas pu être décodée proprement
ui-message-no-structure = Aucune structure MIME n’a pu être lue.
ui-message-no-text = Ce message n’a pas de partie texte.
ui-message-text-from-html = Pas de partie text/plain : ce texte a été tiré de la partie HTML.
ui-message-no-attachments = Aucune pièce jointe.
ui-message-col-name = Nom
ui-message-col-type = Type
ui-message-col-size = Taille
ui-message-no-name = (sans nom)
ui-message-large = Ce message fait { $size } : en lire toutes les parties fige la page un instant, il attend donc votre demande.
ui-message-large-open = Afficher ses parties
ui-message-attachment-download = Enregistrer cette pièce jointe
ui-message-decoded-title = { $octets ->
    [one] { $octets } octet décodé
   *[other] { $octets } octets décodés
}
# $size (texte) : p. ex. "1.5 MiB"
ui-message-show-all = Tout afficher ({ $size } de plus)
ui-message-no-html = Ce message n’a pas de partie HTML.
ui-message-html-mode = Affichage du HTML
ui-message-html-rendered = Rendu (isolé)
ui-message-html-source = Source
ui-message-html-frame = Partie HTML, isolée : ni scripts, ni contenu distant
# Tailles : $size est un nombre, avec une décimale en dessous de 10 (p. ex. "1.5")

ui-message-size-bytes = { $size } o
ui-message-size-kib = { $size } Kio
ui-message-size-mib = { $size } Mio
ui-message-size-gib = { $size } Gio
ui-message-size-tib = { $size } Tio

## transcript

ui-transcript-title = Journal
ui-transcript-toolbar = Affichage du journal
ui-transcript-crlf = Afficher CR/LF
ui-transcript-crlf-title = Afficher les fins de ligne : ␍ est CR, ␊ est LF
ui-transcript-hex = Hexa
ui-transcript-hex-title = Afficher les octets de l’entrée sélectionnée en hexadécimal
ui-transcript-reveal = Révéler les secrets
ui-transcript-reveal-title = Afficher les mots de passe et les réponses SASL au lieu de ********
ui-transcript-follow = Suivre
ui-transcript-follow-title = Garder la dernière entrée visible
ui-transcript-problems = Problèmes seulement
ui-transcript-problems-title = N’afficher que les entrées qui portent un avertissement ou une violation de la RFC
ui-transcript-count-problems = { $shown } sur { $total ->
    [one] { $total } entrée
   *[other] { $total } entrées
}
ui-transcript-no-problems = Aucun avertissement ni aucune violation de la RFC dans ce journal
ui-transcript-clear = Effacer
ui-transcript-clear-title = Oublier toutes les entrées affichées jusqu’ici
ui-transcript-count = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
ui-transcript-list = Journal de la session POP3
ui-transcript-empty = Connectez-vous à un serveur pour voir ici chaque octet
ui-transcript-keys-hint = Utilisez les flèches haut et bas, Page préc., Page suiv., Début et Fin pour sélectionner une entrée ; ses détails suivent la liste.
ui-transcript-selected = Entrée sélectionnée
ui-transcript-select-hint = Sélectionnez une entrée (cliquez dessus, ou utilisez ↑ et ↓ dans la liste) pour voir ses octets et toutes les remarques la concernant.
# La colonne du sens : les lignes du client sont "C:", celles du serveur "S:", les autres ce mot
ui-transcript-dir-proxy = proxy
ui-transcript-dir-client = Client → serveur
ui-transcript-dir-server = Serveur → client
ui-transcript-dir-proxy-title = Du proxy ou de cette application
ui-transcript-state-change = Changement d’état
ui-transcript-body-title = Une réponse multiligne : sélectionnez-la pour lire le corps
ui-transcript-rtt-title = Aller-retour : de l’envoi de la commande à cette réponse
ui-transcript-warning = Avertissement
ui-transcript-violation = Violation de la RFC
ui-transcript-severity-info = info
ui-transcript-severity-warning = avertissement
ui-transcript-severity-violation = violation
# $rtt (texte) : p. ex. "3.2 ms"
ui-transcript-round-trip = aller-retour { $rtt }
# $size (texte) : d’après ui-transcript-octets
ui-transcript-raw = Brut : { $size }
# $size (texte) : d’après ui-transcript-body-size
ui-transcript-body = Corps : { $size }
ui-transcript-octets = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
ui-transcript-body-size = { $lines ->
    [one] { $lines } ligne
   *[other] { $lines } lignes
}, { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
}
ui-transcript-hex-cut = Affichage des { $shown } premiers octets sur { $total }.
ui-transcript-body-cut = Affichage des { $kib } premiers Kio sur { $total } octets.
ui-transcript-secret-revealed = Secret révélé : il est maintenant affiché à l’écran.
ui-transcript-secret-masked = Cette ligne contient un secret, masqué ici. Appuyez sur « Révéler les secrets » pour l’afficher.
# Ce que dit un lecteur d’écran pour l’entrée sélectionnée : sa position, son sens
# (ui-transcript-dir-proxy, ou "C:"/"S:"), la ligne et son explication
ui-transcript-announce = Entrée { $number } sur { $total }, { $direction } { $line }. { $headline }
