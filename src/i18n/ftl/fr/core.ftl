# Français : ce que le cœur du protocole dit de chaque ligne (pop3::annotate::Say).
# Les mots du protocole (USER, PASS, +OK, …), ce que le serveur a envoyé et les
# références aux RFC restent tels quels dans toutes les langues.

## Ce que demande une commande

cmd-user = Désigne la boîte aux lettres "{ $name }" ; PASS doit suivre
cmd-pass = Envoie le mot de passe en clair (masqué ici)
cmd-apop = S’identifie en tant que "{ $name }" avec MD5(horodatage + secret) : le secret lui-même ne transite jamais sur le réseau
cmd-quit = Termine la session ; en TRANSACTION, le serveur applique d’abord les suppressions (état UPDATE)
cmd-stat = Demande le nombre de messages et leur taille totale
cmd-list-all = Demande la taille de chaque message (une liste des tailles multiligne)
cmd-list-one = Demande la taille du message { $msg }
cmd-retr = Télécharge le message { $msg } (une réponse multiligne, avec bourrage de points)
cmd-dele = Marque le message { $msg } comme supprimé ; il n’est effacé qu’après QUIT
cmd-noop = Ne fait rien ; maintient la connexion active
cmd-rset = Retire la marque de suppression de chaque message marqué dans cette session
cmd-top = Demande les en-têtes du message { $msg } et { $lines ->
        [one] { $lines } ligne
       *[other] { $lines } lignes
    } du début de son corps
cmd-uidl-all = Demande l’identifiant unique de chaque message (multiligne)
cmd-uidl-one = Demande l’identifiant unique du message { $msg }
cmd-last = Demande le plus grand numéro de message consulté (obsolète : retiré après la RFC 1460)
cmd-capa = Demande quelles extensions le serveur prend en charge
cmd-stls = Demande à passer cette connexion en TLS
cmd-auth = Lance l’authentification SASL avec { $mechanism }
cmd-auth-initial = Lance l’authentification SASL avec { $mechanism } en envoyant aussitôt la première réponse (masquée)
cmd-auth-bare = AUTH sans argument : de nombreux serveurs listent alors leurs mécanismes SASL (non standard ; utilisez CAPA)
cmd-utf8 = Passe la session en mode UTF-8
cmd-lang-list = Liste les langues que parle le serveur
cmd-lang-set = Demande les réponses du serveur dans la langue "{ $tag }"
cmd-unknown = "{ $keyword }" n’est pas une commande connue de ce client ; le serveur devrait répondre -ERR
cmd-bad-arguments = { $keyword } avec des arguments qu’elle n’accepte pas : une commande connue, mal employée ; le serveur devrait répondre -ERR
sasl-response = Une réponse SASL (base64, masquée)
sasl-empty-response = Une réponse vide
sasl-cancel = "*" annule l’échange ; le serveur doit répondre -ERR
sasl-deferred-initial = La réponse initiale, envoyée après le défi vide

## Les étapes du client dans un échange SASL

sasl-nothing = { $mechanism } : rien n’a encore été envoyé : l’échange { $mechanism } commence par AUTH { $mechanism }
sasl-initial-plain = PLAIN : réponse initiale : une identité d’autorisation vide (agir en tant que l’utilisateur qui s’identifie), le nom d’utilisateur "{ $username }" et le mot de passe, séparés par des octets NUL (RFC 4616 §2)
sasl-initial-plain-authzid = PLAIN : réponse initiale : l’identité d’autorisation "{ $authzid }", le nom d’utilisateur "{ $username }" et le mot de passe, séparés par des octets NUL (RFC 4616 §2)
sasl-initial-xoauth2 = XOAUTH2 : réponse initiale : user="{ $username }" et auth=Bearer avec le jeton OAuth 2.0, séparés par des octets ^A (Google XOAUTH2)
sasl-initial-oauthbearer = OAUTHBEARER : réponse initiale : l’en-tête GS2, puis host, port et auth=Bearer avec le jeton OAuth 2.0, sous forme de paires clé=valeur séparées par des octets ^A (RFC 7628 §3.1)
sasl-initial-scram = SCRAM-SHA-256 : client-first-message : le nom d’utilisateur et un nonce neuf (RFC 5802 §5.1)
sasl-initial-plain-after-empty = PLAIN : réponse initiale : une identité d’autorisation vide (agir en tant que l’utilisateur qui s’identifie), le nom d’utilisateur "{ $username }" et le mot de passe, séparés par des octets NUL (RFC 4616 §2), envoyée en réponse au défi vide du serveur (RFC 4422 §5)
sasl-initial-plain-authzid-after-empty = PLAIN : réponse initiale : l’identité d’autorisation "{ $authzid }", le nom d’utilisateur "{ $username }" et le mot de passe, séparés par des octets NUL (RFC 4616 §2), envoyée en réponse au défi vide du serveur (RFC 4422 §5)
sasl-initial-xoauth2-after-empty = XOAUTH2 : réponse initiale : user="{ $username }" et auth=Bearer avec le jeton OAuth 2.0, séparés par des octets ^A (Google XOAUTH2), envoyée en réponse au défi vide du serveur (RFC 4422 §5)
sasl-initial-oauthbearer-after-empty = OAUTHBEARER : réponse initiale : l’en-tête GS2, puis host, port et auth=Bearer avec le jeton OAuth 2.0, sous forme de paires clé=valeur séparées par des octets ^A (RFC 7628 §3.1), envoyée en réponse au défi vide du serveur (RFC 4422 §5)
sasl-initial-scram-after-empty = SCRAM-SHA-256 : client-first-message : le nom d’utilisateur et un nonce neuf (RFC 5802 §5.1), envoyé en réponse au défi vide du serveur (RFC 4422 §5)
sasl-login-username = LOGIN : a répondu au premier défi avec le nom d’utilisateur "{ $username }" (draft-murchison-sasl-login §2)
sasl-login-password = LOGIN : a répondu au second défi avec le mot de passe (draft-murchison-sasl-login §2)
sasl-cram-md5-answer = CRAM-MD5 : a répondu au défi avec le nom d’utilisateur "{ $username }" et le HMAC-MD5 du défi calculé avec le mot de passe pour clé, en hexadécimal ; le mot de passe lui-même n’est pas envoyé (RFC 2195 §2)
sasl-xoauth2-error-ack = XOAUTH2 : le serveur a envoyé une erreur sous forme de défi ; une réponse vide en accuse réception pour que le serveur puisse répondre -ERR (Google XOAUTH2)
sasl-oauthbearer-error-ack = OAUTHBEARER : le serveur a envoyé une erreur sous forme de défi ; un seul octet ^A en accuse réception pour que le serveur puisse faire échouer l’échange (RFC 7628 §3.2.3)
sasl-scram-final = SCRAM-SHA-256 : client-final-message : le nonce combiné et une preuve que le client connaît le mot de passe, calculée par PBKDF2-HMAC-SHA-256 en { $iterations ->
        [one] { $iterations } itération
       *[other] { $iterations } itérations
    } ; le mot de passe lui-même n’est pas envoyé (RFC 5802 §5.1, RFC 7677 §3)
sasl-scram-verified = SCRAM-SHA-256 : server-final-message vérifié : la signature du serveur prouve qu’il connaît lui aussi le mot de passe ; une réponse vide termine l’échange (RFC 5802 §5.1)
sasl-stopped = { $mechanism } : arrêté : { $error } ; le client devrait annuler l’échange avec "*" (RFC 5034 §4)

## Remarques sur les commandes

note-unknown-command = Commande inconnue
note-bad-arguments = Arguments incorrects : la commande s’écrit { $usage } (les numéros de message commencent à 1)
note-bad-arguments-accepted = Le serveur a accepté des arguments que la RFC n’autorise pas : il aurait dû répondre -ERR
note-keyword-length = Les mots-clés comptent 3 ou 4 caractères
note-argument-length = Un argument peut compter jusqu’à 40 caractères ; certains serveurs refusent les arguments plus longs
note-command-line-length = Une ligne de commande compte au plus 255 octets, CRLF compris
note-last-removed = LAST a été retiré de POP3 par la RFC 1725
note-pass-in-clear = Le mot de passe traverse le réseau sans chiffrement : utilisez d’abord STLS ou le port 995
note-pass-in-tls = Le mot de passe circule dans TLS : il est chiffré sur le réseau
note-capability-missing = Le serveur n’a pas listé { $name } parmi ses capacités

## Le message d’accueil

greeting-refused = Le serveur refuse la connexion : { $text }
note-greeting-err = La RFC 1939 attend un message d’accueil +OK ; ici, -ERR signifie généralement que le serveur est surchargé ou que vous êtes bloqué
greeting-ready = Le serveur est prêt : la session est maintenant dans l’état AUTHORIZATION
note-timestamp = Horodatage { $timestamp } : le serveur propose APOP, qui le hache avec votre secret
note-no-timestamp = Pas d’horodatage (<timestamp>) dans le message d’accueil : APOP n’est pas disponible
greeting-continuation = Une continuation SASL au lieu d’un message d’accueil
note-greeting-must-be-ok = Le serveur doit commencer par +OK

## Les réponses

reply-unsolicited = Une réponse que personne n’a demandée
note-unsolicited = Le serveur a envoyé une réponse alors qu’aucune commande n’en attendait
reply-failed = Échec de { $keyword } : { $text }
note-login-refused = Identification refusée ; la session reste dans l’état AUTHORIZATION et vous pouvez réessayer
reply-login-failed = Échec de l’identification ; le serveur n’a pas donné de raison
reply-login-failed-text = Échec de l’identification : { $text }
reply-unknown-command = Le serveur ne connaît pas cette commande
reply-bad-arguments = Le serveur a refusé les arguments, comme il se doit
reply-bad-arguments-accepted = Le serveur a accepté { $keyword } avec des arguments qu’elle n’accepte pas
reply-user = Boîte aux lettres "{ $name }" acceptée ; envoyez maintenant PASS
reply-logged-in = Identifié : la boîte aux lettres est verrouillée et la session est dans l’état TRANSACTION ({ $text })
reply-auth = Authentification SASL { $mechanism } réussie : état TRANSACTION
reply-auth-mechanisms = Mécanismes : { $list }
reply-quit = Au revoir : les messages marqués comme supprimés sont maintenant effacés
reply-quit-no-update = Au revoir : un QUIT avant l’authentification termine la session sans état UPDATE ; rien n’est supprimé
reply-stat = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}, { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
} au total
reply-stat-odd = STAT a répondu "{ $text }"
note-stat-form = Une réponse à STAT doit être de la forme "+OK nn mm" : le nombre de messages, un espace, la taille totale en octets
reply-list-one = Le message { $msg } fait { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
}
reply-list-one-odd = LIST { $msg } a répondu "{ $text }"
note-list-form = Une réponse à LIST doit être de la forme "+OK msg octets"
reply-list-empty = Liste des tailles : la boîte aux lettres est vide
reply-list-all = Liste des tailles de { $count ->
    [one] { $count } message
   *[other] { $count } messages
}, { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
}
note-scan-line = La ligne "{ $line }" de la liste des tailles n’est pas de la forme "msg octets"
reply-retr = Message { $msg } : { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
} après retrait du bourrage de points
reply-top = En-têtes et premières lignes du message { $msg } : { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
} après retrait du bourrage de points
note-retr-announced = Le serveur a annoncé { $octets ->
    [one] { $octets } octet
   *[other] { $octets } octets
}
note-retr-no-size = La ligne +OK n’indique aucune taille (la RFC 1939 ne l’exige pas ; utilisez LIST pour connaître les tailles)
reply-dele = Message { $msg } marqué comme supprimé (effacé au QUIT ; RSET annule la marque)
reply-noop = Le serveur est toujours là
reply-rset = Marques de suppression retirées
reply-rset-text = Marques de suppression retirées ({ $text })
reply-uidl-one = Identifiant unique du message { $msg } : { $text }
note-uidl-form = Une réponse à UIDL doit être de la forme "+OK msg unique-id"
reply-uidl-all = Identifiants uniques de { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
note-uid-twice = L’identifiant unique "{ $uid }" est utilisé deux fois
note-uidl-line = La ligne "{ $line }" n’est pas de la forme "msg unique-id"
note-uid-length = Identifiant unique de { $length ->
    [one] { $length } caractère
   *[other] { $length } caractères
} : il doit en compter de 1 à 70
note-uid-chars = L’identifiant unique "{ $uid }" contient des caractères hors de la plage 0x21-0x7E
reply-last = Plus grand numéro de message consulté : { $text }
reply-capa-none = Le serveur ne liste aucune capacité
reply-capa = Capacités : { $list }
reply-stls = Allez-y : TLS démarre maintenant sur cette connexion ; les capacités annoncées auparavant sont oubliées
reply-utf8 = Le mode UTF-8 est activé
reply-lang-list = Langues que parle le serveur
reply-lang-set = Les réponses seront dans la langue "{ $tag }"
reply-extension = Le serveur a accepté "{ $keyword }", une extension
note-not-standard = Commande POP3 non standard

## Capacités

cap-top = TOP : les en-têtes sans le message entier
cap-user = USER : identification par USER/PASS autorisée
cap-sasl = SASL : AUTH avec { $list }
cap-resp-codes = RESP-CODES : les réponses -ERR portent des [codes]
cap-login-delay = LOGIN-DELAY : attendre { $seconds } s entre deux identifications
cap-pipelining = PIPELINING : les commandes peuvent être envoyées sans attendre les réponses
cap-expire-never = EXPIRE NEVER : le courrier est conservé sur le serveur
cap-expire = EXPIRE { $days } : le courrier peut être supprimé au bout de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
cap-uidl = UIDL : identifiants uniques stables
cap-implementation = IMPLEMENTATION : { $text }
cap-stls = STLS : TLS peut être démarré sur cette connexion
cap-auth-resp-code = AUTH-RESP-CODE : [AUTH] signale des informations d’identification incorrectes
cap-utf8 = UTF8 : mode UTF-8 disponible
cap-lang = LANG : réponses dans d’autres langues

## Codes de réponse

code-in-use = [IN-USE] : une autre session détient le verrou de la boîte aux lettres ; fermez-la et réessayez
code-login-delay = [LOGIN-DELAY] : vous vous êtes identifié trop récemment ; patientez (voir la capacité LOGIN-DELAY)
code-sys-temp = [SYS/TEMP] : un problème temporaire du serveur ; réessayer plus tard peut fonctionner
code-sys-perm = [SYS/PERM] : un problème permanent du serveur ; réessayer n’y changera rien
code-auth = [AUTH] : les informations d’identification sont incorrectes (ce n’est pas un problème du serveur)
code-utf8 = [UTF8] : cette boîte aux lettres exige le mode UTF-8
code-other = [{ $code }] : un code de réponse étendu que cet outil ne connaît pas

## Ce que le décodeur a toléré ou refusé

note-bare-lf = { $lines ->
    [one] { $lines } ligne se terminait
   *[other] { $lines } lignes se terminaient
} par un LF seul ; les lignes POP3 se terminent par CRLF
note-long-lines = { $count ->
    [one] { $count } ligne de plus de
   *[other] { $count } lignes de plus de
} { $limit ->
    [one] { $limit } octet
   *[other] { $limit } octets
} (la plus longue : { $longest })
note-unstuffed-dot = { $count ->
    [one] { $count } ligne commençait
   *[other] { $count } lignes commençaient
} par un seul "." (la première : ligne { $first }) : le serveur n’a pas appliqué le bourrage de points, donc une ligne "." dans le message l’aurait terminé prématurément
note-lowercase-status = L’indicateur de statut n’est pas en majuscules (+OK / -ERR)
note-dropped-lines = { $count ->
    [one] { $count } ligne trop longue écartée
   *[other] { $count } lignes trop longues écartées
}
malformed-status = Pas une réponse POP3 (elle doit commencer par +OK ou -ERR) : "{ $line }"
note-status-indicator = Toute réponse commence par un indicateur de statut : +OK ou -ERR
malformed-line-too-long = Une ligne de plus de { $limit ->
    [one] { $limit } octet
   *[other] { $limit } octets
} a été refusée
note-line-dropped = Une ligne a dépassé la limite de { $limit ->
    [one] { $limit } octet
   *[other] { $limit } octets
} qu’accepte ce client ; elle a été écartée
note-body-line-dropped = Une ligne d’un corps multiligne a dépassé la limite de { $limit ->
    [one] { $limit } octet
   *[other] { $limit } octets
} qu’accepte ce client ; elle a été écartée

## Ce que le client a remarqué

stls-leftover = { $bytes ->
    [one] { $bytes } octet est arrivé en clair après le +OK à STLS, avant le démarrage de TLS ; il a été écarté
   *[other] { $bytes } octets sont arrivés en clair après le +OK à STLS, avant le démarrage de TLS ; ils ont été écartés
}
note-stls-injection = Rien ne doit suivre le +OK à STLS avant la négociation TLS ; de tels octets pourraient être une attaque par injection
sasl-challenge-replayed = Un défi SASL du serveur
plus-unexpected = Une ligne "+" inattendue
note-plus-outside-auth = Les continuations "+ " n’ont leur place que dans un échange AUTH
note-plus-no-space = Une continuation s’écrit "+", une espace puis du base64, même quand le défi est vide ; ce "+" n’est pas suivi d’une espace
sasl-challenge = Défi { $mechanism } du serveur
note-challenge-base64 = Le défi n’est pas du base64 valide
note-challenge-decoded = Décodé : { $text }
sasl-cancelled = Authentification annulée : { $error }
note-sasl-error = { $error }
sasl-unverified = Le serveur a accepté l’identification, mais : { $error }
note-retr-size-mismatch = LIST annonçait { $listed ->
    [one] { $listed } octet
   *[other] { $listed } octets
} mais { $arrived ->
    [one] { $arrived } est arrivé
   *[other] { $arrived } sont arrivés
} (les tailles de LIST devraient compter les fins de ligne CRLF)
note-retr-over-total = Le message fait { $arrived ->
    [one] { $arrived } octet
   *[other] { $arrived } octets
}, alors que STAT annonçait { $total ->
    [one] { $total } octet
   *[other] { $total } octets
} pour toute la boîte aux lettres
note-body-left-out = Le journal omet le message (un texte de remplacement en tient lieu, comme dans l’exemple de la RFC 1939) : sa taille ne peut pas être vérifiée
note-list-total-mismatch = Les tailles de la liste totalisent { $listed ->
    [one] { $listed } octet
   *[other] { $listed } octets
}, mais STAT annonçait { $total ->
    [one] { $total } octet
   *[other] { $total } octets
} pour la boîte aux lettres ; LIST et STAT comptent exactement les mêmes messages
note-listing-beyond = Le message { $msg } n’existe pas : la boîte aux lettres ne contient que { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
note-listing-missing = { $count ->
    [one] Le message { $first } n’a pas de ligne
   *[other] Les messages { $first } à { $last } n’ont pas de ligne
} ; une liste en compte une pour chaque message non marqué comme supprimé
note-deleted-served = Le message { $msg } est marqué comme supprimé ; le serveur doit le refuser
note-code-unadvertised = Un code de réponse, bien que RESP-CODES n’ait pas été annoncé
note-uid-changed = Le message { $msg } avait l’identifiant unique "{ $old }" plus tôt dans cette session, maintenant "{ $new }"

## Pourquoi une commande ne peut pas être envoyée maintenant

refuse-tls-pending = TLS est en cours de négociation ; rien ne peut être envoyé avant la fin
refuse-sasl-pending = Un échange AUTH est en cours ; il doit d’abord se terminer
refuse-no-greeting = Le serveur n’a pas encore envoyé son message d’accueil ; attendez son +OK
refuse-closed = La session est fermée
refuse-update = QUIT a été envoyé : le serveur applique les suppressions et va fermer la connexion
refuse-pass-without-user = PASS doit suivre une commande USER acceptée par le serveur
refuse-no-apop = Le message d’accueil ne contenait pas d’horodatage (<timestamp>) : ce serveur ne propose donc pas APOP
refuse-tls-active = TLS est déjà actif sur cette connexion
refuse-unknown = "{ $keyword }" n’est pas une commande POP3 connue de ce client
refuse-bad-arguments = { $keyword } n’accepte pas ces arguments : elle s’écrit { $usage } (les numéros de message commencent à 1)
refuse-transaction-only = { $keyword } n’est valide que dans l’état TRANSACTION : identifiez-vous d’abord
refuse-authorization-only = { $keyword } n’est valide que dans l’état AUTHORIZATION : vous êtes déjà identifié
refuse-deleted = Le message { $msg } est marqué comme supprimé (RSET retire la marque)
refuse-beyond = { $count ->
    [one] Il n’y a que { $count } message dans la boîte aux lettres
   *[other] Il n’y a que { $count } messages dans la boîte aux lettres
}
