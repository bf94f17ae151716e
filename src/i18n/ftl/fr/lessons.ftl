# Français : le cours « Apprendre POP3 » (titres des leçons, étapes, explications,
# remarques, libellés « À vous ») et les mots propres au panneau du cours.
#
# Le texte entre `accents graves` est du code : lignes de commande, réponses et mots
# du protocole, conservés tels quels dans toutes les langues (avec les accents graves).
# De même pour les mots-clés POP3 (USER, PASS, STAT, +OK, -ERR, …), les références
# aux RFC (RFC 1939 §7) et le nom et le mot de passe de la boîte de démonstration
# (mrose, tanstaaf).

## Étapes communes à plusieurs leçons

lesson-connect-title = Se connecter au serveur de démonstration
lesson-connect-explain = Ouvrez une connexion au serveur de démonstration ({ $route ->
        [in-page] dans cette page, sans réseau
       *[proxy] 127.0.0.1:1110, via le proxy
    }). Le serveur parle en premier : un message d’accueil qui commence par `+OK`. La session est maintenant dans l’état AUTHORIZATION.
lesson-open-session-title = Ouvrir une session
lesson-open-session-explain = Connectez-vous au serveur de démonstration et identifiez-vous en tant que `mrose` (le bouton fait les deux). Les commandes de cette leçon ne sont valides que dans l’état TRANSACTION, après l’identification.
lesson-quit-to-log-in-again-title = QUIT
lesson-quit-to-log-in-again-explain = Le serveur de démonstration verrouille une boîte aux lettres tant qu’une session la tient ouverte (RFC 1939 §8) : terminez donc cette session avant de vous identifier de nouveau.

## Le message d’accueil et l’horodatage APOP

lesson-greeting-title = Le message d’accueil et l’horodatage APOP
lesson-greeting-intro = Une session POP3 commence quand le serveur parle en premier. Son message d’accueil peut porter un horodatage qui permet une identification plus sûre.
lesson-greeting-timestamp-title = Trouver l’horodatage
lesson-greeting-timestamp-explain = Regardez la fin du message d’accueil dans le journal : le texte entre `<` et `>` est un horodatage, propre à cette connexion. Un serveur qui en envoie un propose APOP : le client prouve qu’il connaît le mot de passe en hachant l’horodatage avec celui-ci.
# $timestamp (texte) : l’horodatage du message d’accueil de cette connexion, p. ex. <1896.697170952@dbc.mtview.ca.us>
lesson-note-timestamp = Horodatage de cette connexion : { $timestamp }
lesson-greeting-quit-title = Partir avec QUIT
lesson-greeting-quit-explain = Dans l’état AUTHORIZATION, `QUIT` termine simplement la session : aucune boîte aux lettres n’a été ouverte, il n’y a donc pas d’état UPDATE. Le serveur répond `+OK` et ferme la connexion.

## USER/PASS ou APOP

lesson-user-pass-apop-title = USER/PASS ou APOP
lesson-user-pass-apop-intro = Deux façons de s’identifier selon la RFC 1939 : le mot de passe lui-même, ou la preuve qu’on le connaît.
lesson-user-pass-apop-user-pass-title = S’identifier avec USER et PASS
lesson-user-pass-apop-user-pass-explain = `USER mrose` désigne la boîte aux lettres, puis `PASS tanstaaf` envoie le mot de passe, en clair sauf si la connexion utilise TLS. L’application le masque dans le journal, mais n’importe qui sur le chemin réseau pourrait le lire. Après `+OK`, la session est dans l’état TRANSACTION.
lesson-user-pass-apop-connect-again-title = Se reconnecter
lesson-user-pass-apop-connect-again-explain = Une nouvelle connexion reçoit un nouveau message d’accueil, avec un nouvel horodatage.
lesson-user-pass-apop-apop-title = S’identifier avec APOP
lesson-user-pass-apop-apop-explain = `APOP mrose <digest>` envoie l’empreinte MD5 de l’horodatage du message d’accueil suivi du mot de passe, sous forme de 32 chiffres hexadécimaux. Le mot de passe ne transite jamais sur le réseau, et l’empreinte ne peut pas être rejouée : chaque message d’accueil a un horodatage différent. (MD5 est faible aujourd’hui ; la vraie protection, c’est TLS.)
# Ce que le lecteur tape à la place de l’empreinte, dans `APOP mrose <digest>`.
lesson-user-pass-apop-apop-placeholder = empreinte
# Avant l’identification : $timestamp (texte) est l’horodatage du message d’accueil, $password (texte) le mot de passe de démonstration.
lesson-note-apop-digest-to-come = L’empreinte sera MD5("{ $timestamp }" + "{ $password }")

## STAT et LIST

lesson-stat-list-title = STAT et LIST
lesson-stat-list-intro = Combien y a-t-il de messages, et quelle est leur taille ?
lesson-stat-list-stat-title = STAT
lesson-stat-list-stat-explain = `STAT` demande le récapitulatif de la boîte aux lettres : le nombre de messages et leur taille totale en octets, sur une seule ligne : `+OK count size`.
lesson-stat-list-list-title = LIST
lesson-stat-list-list-explain = Sans argument, `LIST` répond par une liste des tailles multiligne : une ligne `number size` par message, terminée par une ligne ne contenant qu’un `.`.
lesson-stat-list-list-one-title = LIST 1
lesson-stat-list-list-one-explain = Avec un numéro de message, la réponse tient sur une ligne : `+OK 1 size`. Les messages sont numérotés à partir de 1, et les numéros restent fixes pendant toute la session.

## UIDL

lesson-uidl-title = UIDL
lesson-uidl-intro = Les numéros de message changent d’une session à l’autre ; les identifiants uniques, non.
lesson-uidl-all-title = UIDL
lesson-uidl-all-explain = `UIDL` liste un identifiant unique par message. Après une suppression, le message 3 peut devenir le message 2 la fois suivante, mais son identifiant reste le même : c’est ainsi qu’un client qui laisse le courrier sur le serveur sait ce qu’il a déjà téléchargé.
lesson-uidl-one-title = UIDL 1
lesson-uidl-one-explain = Avec un numéro de message, l’identifiant arrive sur une ligne : `+OK 1 id`.

## TOP

lesson-top-title = TOP
lesson-top-intro = Regarder un message sans le télécharger en entier.
lesson-top-headers-title = TOP 1 0
lesson-top-headers-explain = `TOP msg n` envoie les en-têtes, la ligne vide qui les suit et les n premières lignes du corps. Avec n = 0, on n’obtient que les en-têtes : c’est ainsi qu’un client liste à peu de frais les objets et les expéditeurs.
lesson-top-preview-title = TOP 1 3
lesson-top-preview-explain = La même chose avec trois lignes du corps : un aperçu.

## RETR et le bourrage de points

lesson-retr-title = RETR et le bourrage de points
lesson-retr-intro = Une réponse multiligne se termine par une ligne ne contenant qu’un point. Et si le message lui-même contient une telle ligne ?
lesson-retr-retr-title = RETR 1
lesson-retr-retr-explain = `RETR 1` télécharge l’intégralité du message 1 sous forme de réponse multiligne, terminée par `.` seul sur sa ligne.
lesson-retr-stuffing-title = Repérer le bourrage de points
lesson-retr-stuffing-explain = Le message 1 contient des lignes qui commencent par un point. Sur le réseau, le serveur a doublé chaque point initial (`..`), pour qu’aucune ligne du message ne puisse passer pour la fin ; le client retire le point en trop. Comparez les octets bruts de la réponse dans le journal avec la vue du message.
# $count (nombre) : lignes du dernier message téléchargé qui commençaient par un point ;
# $message (texte) : son numéro de message, p. ex. 1.
lesson-note-stuffed = { $count ->
    [0] Le dernier RETR ({ $message }) n’avait aucune ligne commençant par un point.
    [one] { $count } ligne du dernier RETR commençait par un point : ".." sur le réseau.
   *[other] { $count } lignes du dernier RETR commençaient par un point : ".." sur le réseau.
}

## DELE, RSET et l’état UPDATE

lesson-dele-rset-title = DELE, RSET et l’état UPDATE
lesson-dele-rset-intro = La suppression se fait en deux temps : marquer maintenant, effacer à la fin.
lesson-dele-rset-dele-title = DELE 2
lesson-dele-rset-dele-explain = `DELE 2` marque le message 2 comme supprimé. Rien n’est encore effacé : le serveur n’efface les messages marqués que dans l’état UPDATE, après QUIT.
lesson-dele-rset-stat-again-title = STAT de nouveau
lesson-dele-rset-stat-again-explain = Un message marqué ne compte plus : STAT affiche un message de moins, et les commandes qui désignent le message 2 échouent désormais.
lesson-dele-rset-rset-title = RSET
lesson-dele-rset-rset-explain = `RSET` retire la marque de suppression de chaque message marqué. Si vous aviez envoyé QUIT à la place, le serveur serait passé dans l’état UPDATE et aurait effacé le message 2 pour de bon (la démonstration dans la page garde vos suppressions dans ce navigateur jusqu’à ce que vous réinitialisiez ses boîtes aux lettres ; celle du proxy, jusqu’à son redémarrage).

## QUIT

lesson-quit-title = QUIT
lesson-quit-intro = C’est en partant proprement que les suppressions ont lieu.
lesson-quit-quit-title = QUIT
lesson-quit-quit-explain = Dans l’état TRANSACTION, `QUIT` fait passer la session dans l’état UPDATE : le serveur efface les messages marqués comme supprimés, déverrouille la boîte aux lettres, répond `+OK` et ferme la connexion.
lesson-quit-over-title = La session est terminée
lesson-quit-over-explain = L’état a suivi TRANSACTION → UPDATE → DISCONNECTED (voir les bandeaux dans le journal). Si la connexion avait été coupée avant QUIT, le serveur ne serait passé dans aucun état UPDATE et n’aurait rien supprimé.

## CAPA et STLS

lesson-capa-stls-title = CAPA et STLS
lesson-capa-stls-intro = Demander au serveur ce qu’il sait faire, puis passer la connexion en TLS.
lesson-capa-stls-capa-title = CAPA
lesson-capa-stls-capa-explain = `CAPA` liste ce que le serveur prend en charge au-delà des bases : TOP, UIDL, PIPELINING, les mécanismes SASL, et STLS s’il peut démarrer TLS.
lesson-capa-stls-stls-title = STLS
lesson-capa-stls-stls-explain = `STLS` demande à poursuivre cette connexion sur TLS. Après `+OK`, le proxy mène la négociation TLS sur la même connexion TCP. Le client doit alors oublier les capacités et les redemander (cette application le fait) : STLS n’est plus listé.
lesson-capa-stls-login-title = S’identifier sur TLS
lesson-capa-stls-login-explain = USER/PASS est maintenant à l’abri des écoutes : le mot de passe circule à l’intérieur de TLS.

## SASL : AUTH PLAIN et CRAM-MD5

lesson-sasl-title = SASL : AUTH PLAIN et CRAM-MD5
lesson-sasl-intro = AUTH exécute un mécanisme SASL : un cadre de méthodes d’identification interchangeables.
lesson-sasl-capa-title = CAPA : trouver la ligne SASL
lesson-sasl-capa-explain = La capacité `SASL` liste les mécanismes que le serveur accepte ; le serveur de démonstration propose PLAIN, LOGIN et CRAM-MD5.
lesson-sasl-plain-title = AUTH PLAIN
lesson-sasl-plain-explain = PLAIN envoie le nom d’utilisateur et le mot de passe dans un seul message en base64. Le base64 est un encodage, pas un chiffrement : sur un vrai réseau, PLAIN exige TLS.
# Ce que le lecteur tape à la place de l’argument, dans `AUTH PLAIN <…>` ; "\0" est un octet NUL.
lesson-sasl-plain-placeholder = base64 de \0mrose\0tanstaaf
lesson-sasl-connect-again-title = Se reconnecter
lesson-sasl-connect-again-explain = Une nouvelle session pour le second mécanisme.
lesson-sasl-cram-md5-title = AUTH CRAM-MD5
lesson-sasl-cram-md5-explain = Le serveur envoie un défi (une ligne `+ ` en base64) ; le client répond avec le nom d’utilisateur et un HMAC-MD5 du défi calculé avec le mot de passe pour clé (RFC 2195). Le mot de passe ne transite jamais sur le réseau.

## La session d’exemple de la RFC 1939

lesson-rfc1939-example-title = Rejouer la session d’exemple de la RFC 1939
lesson-rfc1939-example-intro = La RFC 1939 se termine par une session d’exemple complète. Rejouez-la hors ligne et parcourez-la.
lesson-rfc1939-example-replay-title = Rejouer l’exemple
lesson-rfc1939-example-replay-explain = Le bouton colle l’exemple dans l’importateur, qui le rejoue hors ligne par le même moteur client et annote chaque ligne. (Cela ferme une connexion active.)
lesson-rfc1939-example-apop-title = L’identification APOP
lesson-rfc1939-example-apop-explain = L’horodatage du message d’accueil est `<1896.697170952@dbc.mtview.ca.us>`. Le client répond `APOP mrose c4c9334bac560ecc979e58001b3e22fb` : l’empreinte MD5 de l’horodatage suivi du secret, `tanstaaf` (le serveur de démonstration utilise le même).
lesson-rfc1939-example-stat-list-title = STAT et LIST
lesson-rfc1939-example-stat-list-explain = `+OK 2 320` : deux messages, 320 octets. La liste des tailles donne leurs tailles, 120 et 200.
lesson-rfc1939-example-retr-dele-title = RETR et DELE
lesson-rfc1939-example-retr-dele-explain = Chaque message est téléchargé, puis marqué comme supprimé. La RFC omet les messages eux-mêmes ; l’importateur ignore ces lignes de remplacement.
lesson-rfc1939-example-quit-title = QUIT et UPDATE
lesson-rfc1939-example-quit-explain = QUIT fait passer la session dans l’état UPDATE : le serveur efface les deux messages et prend congé, `maildrop empty`.

## « À vous » : ce que fait le bouton maintenant (une étape peut d’abord exiger
## une connexion, une identification ou un QUIT)

lesson-move-replay = Rejouer l’exemple
lesson-move-connect-first = Connectez-vous d’abord
lesson-move-connect-and-log-in-first = Connectez-vous et identifiez-vous d’abord
lesson-move-log-in-first = Identifiez-vous d’abord
lesson-move-quit-logged-in = QUIT d’abord (vous êtes identifié)
lesson-move-quit-mailbox-locked = QUIT d’abord (la boîte aux lettres est verrouillée tant que vous êtes identifié)
lesson-move-connect = Se connecter au serveur de démonstration
lesson-move-connect-and-log-in = Se connecter et s’identifier
lesson-move-log-in-demo = S’identifier en tant que mrose
# $command (texte) : la ligne de commande, p. ex. STAT
lesson-move-send = Envoyer { $command }
lesson-move-user-pass = S’identifier avec USER/PASS
lesson-move-apop = S’identifier avec APOP
# $mechanism (texte) : le mécanisme SASL, p. ex. PLAIN
lesson-move-auth = AUTH { $mechanism }

## Le panneau du cours

ui-lessons-heading = Apprendre POP3
# Après le titre : leçons terminées sur l’ensemble des leçons.
ui-lessons-lessons-done = { $total ->
    [one] { $done }/{ $total } leçon
   *[other] { $done }/{ $total } leçons
}
# Le libellé du sélecteur de leçon.
ui-lessons-pick = Leçon
# Une leçon dans le sélecteur, une fois ouverte : son numéro, son titre et les étapes faites.
ui-lessons-option-opened = { $number }. { $title } ({ $done }/{ $total })
# Une leçon dans le sélecteur, pas encore ouverte : son numéro, son titre et son nombre d’étapes.
ui-lessons-option-new = { $number }. { $title } ({ $total ->
    [one] { $total } étape
   *[other] { $total } étapes
})
ui-lessons-progress-label = Étapes faites
ui-lessons-progress = { $total ->
    [one] { $done }/{ $total } étape
   *[other] { $done }/{ $total } étapes
}
# Pour les lecteurs d’écran, après le titre d’une étape.
ui-lessons-status-done = (faite)
ui-lessons-status-current = (étape en cours)
ui-lessons-status-locked = (verrouillée)
# $command (texte) : une ligne de commande, affichée comme du code.
ui-lessons-or-type = Ou tapez `{ $command }` dans la ligne de commande.
# $first, $second (texte) : deux lignes de commande, affichées comme du code.
ui-lessons-or-type-then = Ou tapez `{ $first }`, puis `{ $second }` dans la ligne de commande.
# $action (texte) : ce que fait le bouton, p. ex. "Envoyer STAT".
ui-lessons-do-it = À vous : { $action }
ui-lessons-continue = Compris, continuer
ui-lessons-reopen = Relire cette étape
ui-lessons-waiting = En attente du serveur…
ui-lessons-complete = ✓ Leçon terminée.
ui-lessons-next = Leçon suivante →
ui-lessons-start-over = Recommencer
ui-lessons-start-over-tooltip = Oublier la progression de cette leçon et vérifier de nouveau à partir de maintenant
