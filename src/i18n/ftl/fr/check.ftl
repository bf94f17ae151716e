# Français : le rapport de vérification du serveur (pop3::check::Said) et son panneau.
# Les mots du protocole (CAPA, +OK, [IN-USE], …), ce que le serveur a envoyé, les
# commandes et les références aux RFC restent tels quels dans toutes les langues.
# Les réponses sont citées telles que le serveur les a envoyées ({ $reply } : "+OK [CODE] texte").

## Ce que vérifie chaque test : les titres des lignes du rapport

check-probe-greeting = Message d’accueil
check-probe-capa = CAPA
check-probe-stls = STLS
check-probe-stls-after-tls = STLS et CAPA sous TLS
check-probe-login = Identification par USER/PASS
check-probe-bad-pass = Mots de passe erronés refusés
check-probe-apop = Identification par APOP
check-probe-sasl = SASL
check-probe-sasl-mechanism = SASL { $name }
check-probe-auth-injection = CR LF dans une identité AUTH PLAIN
check-probe-resp-codes = Codes de réponse
check-probe-stat-list = Accord entre STAT et LIST
check-probe-uidl = Identifiants uniques UIDL
check-probe-uidl-stable = Stabilité d’UIDL d’une session à l’autre
check-probe-bad-arguments = LIST et UIDL refusent les arguments invalides
check-probe-top = TOP 1 0
check-probe-top-stuffing = Bourrage de points dans TOP
check-probe-pipelining = PIPELINING
check-probe-retr = RETR
check-probe-line-format = Fins de ligne et bourrage de points
check-probe-reply-syntax = Syntaxe des réponses
check-probe-dele-rset = DELE, RETR refusé, RSET rétablit
check-probe-unknown-command = Commande inconnue
check-probe-line-length = Longueur des lignes de commande
check-probe-timing = Temps de réponse
check-probe-quit = QUIT
check-probe-relogin = Nouvelle identification dans une nouvelle session
check-probe-not-run = Tests restants

## Sessions : connexions, délais dépassés, tests qui n’ont pas pu être lancés

check-connect-failed = connexion impossible : { $reason }
check-closed-waiting = le serveur a fermé la connexion en attendant la réponse à { $command }
check-closed-waiting-long = le serveur a fermé la connexion en attendant la réponse à une ligne { $command } de { $octets } octets
check-closed-before-greeting = le serveur a fermé la connexion avant le message d’accueil
check-partial-body = { $octets ->
    [one] { $octets } octet du corps était arrivé
   *[other] { $octets } octets du corps étaient arrivés
}
check-link-reason = la connexion a signalé : { $reason }
check-no-reply = aucune réponse à { $command } en { $seconds } s
check-no-reply-long = aucune réponse à une ligne { $command } de { $octets } octets en { $seconds } s
check-no-greeting = aucun message d’accueil en { $seconds } s
check-not-sent = impossible d’envoyer { $command }
check-not-run-no-connection = non lancé : la connexion n’a pas pu être ouverte
check-not-run-no-session = non lancé : aucune session n’a pu être ouverte
check-not-run-too-many-sessions = non lancé : trop de sessions (le serveur coupait sans cesse la connexion)
check-not-run-greeting-refused = non lancé : le serveur a refusé la connexion
check-not-run-login-refused = non lancé : identification refusée ({ $reply })
check-not-run-stls-refused = non lancé : STLS a été refusé
check-not-advertised = non annoncé dans CAPA
check-command-got = { $command } a reçu { $reply }
check-advertised-but = { $command } est annoncé, mais { $reply }
check-and-more = { $count ->
    [one] et { $count } autre
   *[other] et { $count } autres
}

## greeting

check-greeting-err = le serveur a accueilli par -ERR : { $text }
check-greeting-no-text = +OK sans texte
check-greeting-timestamp = +OK avec un texte et un horodatage APOP bien formé { $timestamp }
check-greeting-bad-timestamp = +OK avec un texte ; il contient un <...> qui n’est pas un horodatage APOP valide (<local@domaine>)
check-greeting-no-timestamp = +OK avec un texte (sans horodatage APOP)
check-apop-not-offered = pas d’horodatage dans le message d’accueil : APOP n’est pas proposé

## capa

check-capa-not-supported = CAPA n’est pas pris en charge ({ $reply }) ; seules les bases sont testées
check-capa-listed = { $count ->
    [one] { $count } capacité
   *[other] { $count } capacités
} : { $names }
check-capa-malformed = lignes de capacité mal formées : { $lines }

## stls

check-stls-upgraded = la connexion est passée en TLS avec STLS
check-stls-refused = STLS refusé : { $reply }
check-stls-implicit = TLS dès le premier octet : STLS ne s’applique pas
check-stls-offered = proposé sur cette connexion en clair (non utilisé par la vérification)
check-stls-not-offered = non proposé sur une connexion en clair : les mots de passe traversent le réseau en clair

## stls-after-tls

check-stls-after-tls-plain = la vérification ne s’est pas faite sous TLS ; choisissez STLS ou TLS implicite pour tester ce point
check-stls-again-refused = STLS une seconde fois, sous TLS, a reçu { $reply }
check-stls-again-accepted = STLS une seconde fois, sous TLS, a reçu { $reply } : cela réclame une seconde négociation à l’intérieur de la première ; la connexion a été coupée
check-capa-tls-no-stls = sous TLS, CAPA ne liste plus STLS
check-capa-tls-still-stls = sous TLS, CAPA liste encore STLS, ce qui invite le client à le renvoyer

## login, apop, sasl

check-login-accepted = acceptée : { $reply }
check-login-accepted-but = acceptée ({ $reply }), mais le client a relevé des problèmes
check-login-refused = identification refusée : { $reply }
check-login-refused-in-use = identification refusée : { $reply } — [IN-USE] : la boîte aux lettres est verrouillée par une autre session
check-login-refused-login-delay = identification refusée : { $reply } — [LOGIN-DELAY] : identification trop récente
check-login-refused-auth = identification refusée : { $reply } — [AUTH] : nom d’utilisateur ou mot de passe incorrect
check-login-refused-sys-temp = identification refusée : { $reply } — [SYS/TEMP] : un problème temporaire du serveur
check-login-refused-sys-perm = identification refusée : { $reply } — [SYS/PERM] : un problème permanent du serveur
check-no-sasl = aucun mécanisme SASL annoncé
check-needs-token = exige un jeton OAuth, pas un mot de passe
check-mechanism-unknown = un mécanisme que ce client ne sait pas exécuter

## bad-pass

check-bad-pass-refused = { $count ->
    [one] { $count } mot de passe erroné a reçu -ERR
   *[other] { $count } mots de passe erronés ont chacun reçu -ERR
}
check-bad-pass-codes = codes de réponse : { $codes }
check-bad-pass-accepted = le mot de passe erroné nº { $attempt } a reçu { $reply } : le serveur a laissé entrer avec un mauvais mot de passe
check-bad-pass-closed = puis le serveur a fermé la connexion après { $after ->
    [one] { $after } mot de passe erroné
   *[other] { $after } mots de passe erronés
}, une façon propre de refuser la suite
check-bad-pass-then-accepted = puis le bon mot de passe, dans la même session, a été accepté
check-bad-pass-then-refused = puis le bon mot de passe, dans la même session, a reçu { $reply } : la session n’est pas restée utilisable

## auth-injection

check-injection-one-reply = une seule réponse, { $reply }, et aucune identification
check-injection-logged-in = l’identité falsifiée a été acceptée : { $reply }
check-injection-extra-lines = { $count ->
    [one] { $count } ligne de réponse supplémentaire venait
   *[other] { $count } lignes de réponse supplémentaires venaient
} de l’identité elle-même : { $lines }

## resp-codes

check-codes-malformed = codes mal formés : { $codes }
check-codes-unadvertised = codes envoyés bien que RESP-CODES ne soit pas annoncé : { $codes }
check-codes-none = annoncé ; aucune réponse de cette vérification ne portait de code
check-codes-seen = codes bien formés observés : { $codes }
check-codes-not-advertised = non annoncé, et aucun code observé

## stat-list

check-list-bad-lines = lignes de LIST qui ne sont pas de la forme "n taille" : { $lines }
check-stat-odd = la réponse à STAT n’est pas de la forme "+OK nombre taille" : { $reply }
check-stat-list-agree = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}, { $octets } octets ; les tailles de LIST concordent
check-stat-list-disagree = STAT annonce { $count ->
    [one] { $count } message
   *[other] { $count } messages
}, { $octets } octets ; LIST en liste { $listed } pour un total de { $total }
check-maildrop-empty = la boîte aux lettres est vide
check-no-message-list = pas de liste des messages (STAT et LIST n’ont pas répondu)

## uidl, uidl-stable

check-uid-chars = message { $msg } : l’identifiant contient des caractères hors de la plage 0x21-0x7E
check-uid-length = message { $msg } : l’identifiant compte { $length ->
    [one] { $length } caractère
   *[other] { $length } caractères
} (de 1 à 70 autorisés)
check-uid-twice = message { $msg } : l’identifiant "{ $uid }" n’est pas unique
check-uidl-bad-line = une ligne qui n’est pas de la forme "n id" : "{ $line }"
check-uid-count = { $ids ->
    [one] { $ids } identifiant
   *[other] { $ids } identifiants
} pour { $listed ->
    [one] { $listed } message listé
   *[other] { $listed } messages listés
}
check-uidl-good = { $count ->
    [one] { $count } identifiant unique
   *[other] { $count } identifiants uniques
}, de 1 à 70 caractères de la plage 0x21-0x7E
check-uidl-no-first = aucun identifiant de la première session à comparer
check-uidl-same = { $count ->
    [one] le même identifiant
   *[other] les mêmes { $count } identifiants
} dans une seconde session
check-uidl-changed = les identifiants ont changé d’une session à l’autre
check-uid-changed = message { $msg } : "{ $first }" puis "{ $then }"
check-uid-gone = message { $msg } : "{ $first }" puis aucun

## bad-arguments

check-bad-args-refused = chacune a reçu -ERR : { $commands }
check-bad-args-no-such-message = { $command } a reçu { $reply } : ce message n’existe pas, la réponse doit donc être -ERR
check-bad-args-extra-ignored = { $command } a reçu { $reply } : l’argument en trop a été ignoré
check-bad-args-noop-failed = NOOP a ensuite reçu { $reply } : la session n’y a pas survécu

## top

check-top-no-headers = { $lines ->
    [one] { $lines } ligne
   *[other] { $lines } lignes
}, mais aucun champ d’en-tête
check-top-headers-only = { $headers ->
    [one] { $headers } ligne d’en-tête
   *[other] { $headers } lignes d’en-tête
} et la ligne vide, aucune ligne de corps
check-top-no-blank = { $headers ->
    [one] { $headers } ligne d’en-tête
   *[other] { $headers } lignes d’en-tête
}, mais pas la ligne vide qui les termine
check-top-body = { $lines ->
    [one] { $lines } ligne de corps
   *[other] { $lines } lignes de corps
} après les en-têtes, alors que 0 étaient demandées

## top-stuffing

check-top-stuffing-no-dot = impossible de conclure : aucun message téléchargé avec RETR n’a de ligne commençant par "."
check-top-stuffed = TOP { $msg } { $lines } : la ligne { $line }, qui commence par ".", est revenue avec le bourrage de points, comme dans RETR
check-top-not-stuffed = TOP { $msg } { $lines } : la ligne { $line }, qui commence par ".", n’a pas reçu de bourrage de points

## pipelining

check-pipelining-not-asked = CAPA n’a pas été demandé dans cette session (elle a été rouverte)
check-pipelining-in-order = STAT, LIST et NOOP envoyés en une seule écriture ; les réponses sont revenues dans l’ordre
check-pipelining-wrong = réponses dans le désordre ou erronées

## retr

check-every-message-too-large = chaque message dépasse { $limit } octets
check-nothing-retrieved = rien n’a été téléchargé
check-retr-as-listed = { $msg } : { $octets } octets, comme listé
check-retr-size-differs = { $msg } : LIST annonçait { $listed } octets, mais { $arrived } sont arrivés
check-retr-octets = { $msg } : { $octets } octets
check-retr-failed = { $msg } : { $reply }

## line-format

check-line-format-good = chaque réponse se terminait par CRLF, les corps avaient un bourrage de points, les lignes respectaient les limites
check-in-reply-to = la réponse à { $command }
check-in-greeting = le message d’accueil
check-after-short-body = après le corps trop court de { $command }
check-bare-lf = { $lines ->
    [one] { $lines } ligne se terminait
   *[other] { $lines } lignes se terminaient
} par un LF seul ; les lignes POP3 se terminent par CRLF
check-long-lines = { $count ->
    [one] { $count } ligne de plus de
   *[other] { $count } lignes de plus de
} { $limit } octets (la plus longue : { $longest })
check-unstuffed-dot = { $count ->
    [one] { $count } ligne commençait
   *[other] { $count } lignes commençaient
} par un seul "." (la première : ligne { $first }) : le serveur n’a pas appliqué le bourrage de points
check-lowercase-status = l’indicateur de statut n’est pas en majuscules (+OK / -ERR)
check-plus-no-space = un défi SASL était un "+" seul ; une continuation s’écrit "+" suivi d’une espace, même quand le défi est vide
check-dropped-lines = { $count ->
    [one] { $count } ligne trop longue écartée
   *[other] { $count } lignes trop longues écartées
}
check-size-mismatch = LIST annonçait { $listed } octets, mais { $arrived } sont arrivés
check-unstuffed-suspect = "{ $line }" n’est pas une réponse : le corps contenait sans doute une ligne "." sans bourrage de points

## reply-syntax

check-reply-syntax-good = chaque réponse commençait par +OK ou -ERR
check-malformed-lines = { $count ->
    [one] { $count } ligne mal formée
   *[other] { $count } lignes mal formées
}
check-odd-unsolicited = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}une réponse non sollicitée "{ $reply }"
check-odd-not-a-reply = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}pas une réponse POP3 (elle doit commencer par +OK ou -ERR) : "{ $line }"
check-odd-too-long = { $times ->
    [1] {""}
   *[other] { $times }×{" "}
}une ligne de plus de { $limit } octets a été refusée

## dele-rset

check-dele-refused = DELE { $msg } a été refusé : { $reply }
check-retr-after-dele-ok = RETR { $msg } après DELE { $msg } a reçu +OK : un message supprimé doit être refusé
check-retr-after-dele-refused = RETR { $msg } après DELE refusé ({ $reply })
check-rset-failed = RSET a reçu { $reply } ; la connexion a été coupée sans QUIT, donc rien n’est supprimé
check-retr-after-rset-ok = RETR { $msg } après RSET fonctionne de nouveau
check-retr-after-rset-failed = RETR { $msg } après RSET a reçu { $reply }

## unknown-command

check-unknown-accepted = { $keyword } a reçu { $reply } au lieu de -ERR
check-unknown-refused = { $keyword } a reçu "{ $reply }" ; NOOP a ensuite reçu +OK
check-unknown-broke = { $keyword } a reçu "{ $reply }", mais NOOP a ensuite reçu { $noop }

## line-length

check-line-got = une ligne de { $octets } octets a reçu "{ $reply }"
check-noop-after-ok = NOOP a ensuite reçu +OK
check-noop-after-failed = NOOP a ensuite reçu { $reply } (la longue ligne a peut-être été lue comme plusieurs commandes)

## timing

check-timing-none = aucune réponse chronométrée
check-timing-median-max = médiane/max
check-timing-slow = lent, une médiane de { $limit } ms ou plus (médiane/max)
check-timing-others = les autres (médiane/max)
check-time-of = { $command } { $median }/{ $max } ms
check-time-of-greeting = accueil { $median }/{ $max } ms
check-time-of-other = autre { $median }/{ $max } ms

## Le panneau

ui-check-title = Vérification du serveur
ui-check-intro = Un bulletin pour { $host }:{ $port } ({ $security }) : message d’accueil, CAPA, chaque capacité annoncée, bourrage de points, STAT/LIST, DELE/RSET (toujours annulé), limites et temps de réponse. La vérification ouvre ses propres connexions via le proxy et ne supprime jamais de courrier. Elle essaie aussi trois mots de passe erronés et une identification AUTH PLAIN avec un nom d’utilisateur falsifié, que le serveur peut consigner comme des échecs d’identification.
ui-check-no-worker = La vérification n’a pas pu démarrer dans cette page : { $reason }.
ui-check-user = Utilisateur
ui-check-password = Mot de passe
ui-check-run = Lancer la vérification
ui-check-running = Vérification…
ui-check-export = Exporter
ui-check-hide-export = Masquer le texte du rapport
ui-check-col-result = Résultat
ui-check-col-probe = Test
ui-check-col-seen = Ce qui a été observé
ui-check-col-rfc = RFC
# Ce que nomme le rapport : le serveur et l’utilisateur.
ui-check-server = { $host }:{ $port } en tant que { $user }
ui-check-status-starting = En cours : démarrage
ui-check-status-probe = En cours : { $probe }
ui-check-status-waiting = En cours : { $probe } (attente de la réponse à { $command })
ui-check-status-waiting-long = En cours : { $probe } (attente de la réponse à une ligne { $command } de { $octets } octets)
ui-check-status-finished = Terminé : { $pass ->
    [one] { $pass } réussi
   *[other] { $pass } réussis
}, { $warn ->
    [one] { $warn } avertissement
   *[other] { $warn } avertissements
}, { $fail ->
    [one] { $fail } échec
   *[other] { $fail } échecs
}, { $skipped ->
    [one] { $skipped } ignoré
   *[other] { $skipped } ignorés
}
# L’export texte : un titre, puis une ligne par constat (le verdict est un code :
# PASS, WARN, FAIL ou SKIP), suivie de sa clause de RFC s’il en a une.
ui-check-report-heading = Vérification du serveur POP3 : { $server } ({ $pass ->
    [one] { $pass } réussi
   *[other] { $pass } réussis
}, { $warn ->
    [one] { $warn } avertissement
   *[other] { $warn } avertissements
}, { $fail ->
    [one] { $fail } échec
   *[other] { $fail } échecs
}, { $skipped ->
    [one] { $skipped } ignoré
   *[other] { $skipped } ignorés
})
ui-check-report-line = { $verdict }  { $title } : { $detail }
# Entre les phrases du détail d’un constat, et après une phrase qui introduit
# celles qui la suivent.
ui-check-separator = {"\u00A0; "}
ui-check-lead-separator = {"\u00A0: "}
