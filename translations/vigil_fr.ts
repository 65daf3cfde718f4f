<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityChart</name>
    <message>
        <source>Nothing sent yet</source>
        <translation>Rien n’a encore été envoyé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Attempts from %1 to %2 — %3; %4</source>
        <translation>Tentatives de %1 à %2 — %3 ; %4</translation>
    </message>
    <message>
        <source>none ended</source>
        <translation>aucune terminée</translation>
    </message>
    <message>
        <source>Attempts, waits and cost over time</source>
        <translation>Tentatives, attentes et coût au fil du temps</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>held back by a backend</source>
        <translation>retenu par un backend</translation>
    </message>
    <message>
        <source>cost so far</source>
        <translation>coût jusqu’ici</translation>
    </message>
</context>
<context>
    <name>AttemptTimeline</name>
    <message>
        <source>in flight</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>pas de statut HTTP</translation>
    </message>
    <message>
        <source>Step %1, attempt %2 — %3 — %4, %5</source>
        <translation>Étape %1, tentative %2 — %3 — %4, %5</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Requête %1</translation>
    </message>
    <message numerus="yes">
        <source>Attempt timeline, %n attempt(s)</source>
        <translation>
            <numerusform>Chronologie des tentatives, %n tentative</numerusform>
            <numerusform>Chronologie des tentatives, %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-attached to the response the provider went on generating, after its event %1: not paid for again</source>
        <translation>Rattaché à la réponse que le fournisseur a continué de générer, après son événement %1 : pas payée deux fois</translation>
    </message>
    <message>
        <source>Service tier: %1</source>
        <translation>Niveau de service : %1</translation>
    </message>
    <message>
        <source>What arrived before the stream broke (kept for you to read; not the output): %1</source>
        <translation>Ce qui est arrivé avant la coupure du flux (gardé pour lecture ; ce n’est pas la sortie) : %1</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>While you were away</source>
        <translation>Pendant votre absence</translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pause</numerusform>
            <numerusform>%n en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>BackendsBar</name>
    <message>
        <source>waiting for its announced limit to reset</source>
        <translation>attend la remise à zéro annoncée de sa limite</translation>
    </message>
    <message>
        <source>at capacity</source>
        <translation>saturé</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>limité en débit</translation>
    </message>
    <message>
        <source>quota exhausted</source>
        <translation>quota épuisé</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>en refroidissement</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %3; %n step(s) waiting</source>
        <translation>
            <numerusform>%1 sur %2 : %3 ; %n étape en attente</numerusform>
            <numerusform>%1 sur %2 : %3 ; %n étapes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>the next request tests it</source>
        <translation>la prochaine requête le teste</translation>
    </message>
    <message>
        <source>next probe</source>
        <translation>prochain test</translation>
    </message>
    <message>
        <source>Probe now</source>
        <translation>Tester maintenant</translation>
    </message>
    <message>
        <source>Probe %1 now</source>
        <translation>Tester %1 maintenant</translation>
    </message>
    <message numerus="yes">
        <source>rate-limited; up to %n request(s) at once</source>
        <translation>
            <numerusform>limité en débit ; au plus %n requête à la fois</numerusform>
            <numerusform>limité en débit ; au plus %n requêtes à la fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write JSON-line events to FILE, or - for stdout.</source>
        <translation>Écrit les événements en lignes JSON dans FILE, ou sur la sortie standard avec -.</translation>
    </message>
    <message>
        <source>The settings file (providers, retry figures).</source>
        <translation>Le fichier de réglages (fournisseurs, valeurs de nouvel essai).</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>dans %1 s</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>dans %1 min</translation>
    </message>
    <message>
        <source>no tasks</source>
        <translation>aucune tâche</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>PROGRESSION</translation>
    </message>
    <message>
        <source>ATTEMPT</source>
        <translation>TENTATIVE</translation>
    </message>
    <message>
        <source>NEXT RETRY</source>
        <translation>PROCHAIN ESSAI</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>DERNIÈRE ERREUR</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>resumes %1</source>
        <translation>reprise %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>task %1: %2 (batch)</source>
        <translation>tâche %1 : %2 (lot)</translation>
    </message>
    <message>
        <source>task %1: %2 (conversation)</source>
        <translation>tâche %1 : %2 (conversation)</translation>
    </message>
    <message>
        <source>state: %1 — %2</source>
        <translation>état : %1 — %2</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>modèle : %1</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>TENTATIVES</translation>
    </message>
    <message>
        <source>TEXT OR ERROR</source>
        <translation>TEXTE OU ERREUR</translation>
    </message>
    <message>
        <source>attempts:</source>
        <translation>tentatives :</translation>
    </message>
    <message>
        <source>step %1 #%2</source>
        <translation>étape %1 n° %2</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>next try after %1 ms</source>
        <translation>prochain essai après %1 ms</translation>
    </message>
    <message>
        <source>The running Vigil&apos;s control socket.</source>
        <translation>Le socket de contrôle du Vigil en cours.</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>Affiche la réponse en JSON.</translation>
    </message>
    <message>
        <source>switch-model: the configured provider that offers MODEL.</source>
        <translation>switch-model : le fournisseur configuré qui propose MODEL.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>usage : %1</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>%n argument attendu</numerusform>
            <numerusform>%n arguments attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task id</source>
        <translation>« %1 » n’est pas un identifiant de tâche</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>tâche %1</translation>
    </message>
    <message>
        <source>handed to the running Vigil as task %1</source>
        <translation>confié au Vigil en cours comme tâche %1</translation>
    </message>
    <message>
        <source>cannot open the event log %1: %2</source>
        <translation>impossible d’ouvrir le journal d’événements %1 : %2</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Clé d’API pour %1 : </translation>
    </message>
    <message>
        <source>takes one name, as in: %1</source>
        <translation>attend un nom, par exemple : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key name: 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>« %1 » n’est pas un nom de clé : 1 à 100 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>no key was given on standard input</source>
        <translation>aucune clé n’a été donnée sur l’entrée standard</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is in the keychain; providers use it with &quot;api_key_keychain&quot;: &quot;%1&quot;.</source>
        <translation>La clé « %1 » est dans le trousseau ; les fournisseurs l’utilisent avec &quot;api_key_keychain&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is no longer in the keychain.</source>
        <translation>La clé « %1 » n’est plus dans le trousseau.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1: %2/%3 items done</source>
        <translation>%1 : %2/%3 éléments faits</translation>
    </message>
    <message>
        <source>%1: %2/%3 steps done</source>
        <translation>%1 : %2/%3 étapes faites</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>%1 in flight on %2</source>
        <translation>%1 en cours sur %2</translation>
    </message>
    <message>
        <source>step %1, attempt %2 of %3 on %4</source>
        <translation>étape %1, tentative %2 sur %3 sur %4</translation>
    </message>
    <message>
        <source>Runs one task to its end without a window.</source>
        <translation>Mène une tâche à son terme sans fenêtre.</translation>
    </message>
    <message>
        <source>The task file (JSON).</source>
        <translation>Le fichier de tâche (JSON).</translation>
    </message>
    <message>
        <source>expected exactly one task file</source>
        <translation>attend exactement un fichier de tâche</translation>
    </message>
    <message>
        <source>The control socket.</source>
        <translation>Le socket de contrôle.</translation>
    </message>
    <message>
        <source>another Vigil is already running (its socket is %1)</source>
        <translation>un autre Vigil tourne déjà (son socket est %1)</translation>
    </message>
    <message>
        <source>task %1 cannot continue: %2</source>
        <translation>la tâche %1 ne peut pas continuer : %2</translation>
    </message>
    <message numerus="yes">
        <source>listening at %1 with %2; %n task(s) continued</source>
        <translation>
            <numerusform>à l’écoute sur %1 avec %2 ; %n tâche reprise</numerusform>
            <numerusform>à l’écoute sur %1 avec %2 ; %n tâches reprises</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <source>backend: %1 — %2</source>
        <translation>backend : %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>; rate-limited to %n request(s) at once</source>
        <translation>
            <numerusform> ; limité en débit à %n requête à la fois</numerusform>
            <numerusform> ; limité en débit à %n requêtes à la fois</numerusform>
        </translation>
    </message>
    <message>
        <source>; next probe %1</source>
        <translation> ; prochaine sonde %1</translation>
    </message>
    <message>
        <source>Let the computer sleep while tasks work (by default logind&apos;s sleep and idle inhibitor is held until no work is left).</source>
        <translation>Laisser l&apos;ordinateur se mettre en veille pendant que des tâches travaillent (par défaut, l&apos;inhibiteur de veille et d&apos;inactivité de logind est tenu jusqu&apos;à ce qu&apos;il ne reste plus de travail).</translation>
    </message>
    <message>
        <source>%1 tokens, %2</source>
        <translation>%1 jetons, %2</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>SPENT</source>
        <translation>DÉPENSÉ</translation>
    </message>
    <message>
        <source>spent: %1 (input %2, cached %3, output %4)</source>
        <translation>dépensé : %1 (entrée %2, en cache %3, sortie %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) at a price not known</source>
        <translation>
            <numerusform>%n tentative à un prix inconnu</numerusform>
            <numerusform>%n tentatives à un prix inconnu</numerusform>
        </translation>
    </message>
    <message>
        <source>shipped prices as of %1</source>
        <translation>prix fournis au %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>spend cap: %1</source>
        <translation>plafond de dépense : %1</translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens, %3</source>
        <translation>%1 jetons en entrée / %2 en sortie, %3</translation>
    </message>
    <message>
        <source>set-budget: the most the task may cost, in US dollars.</source>
        <translation>set-budget : le coût maximal de la tâche, en dollars américains.</translation>
    </message>
    <message>
        <source>set-budget: the most tokens the task may use.</source>
        <translation>set-budget : le nombre maximal de jetons que la tâche peut utiliser.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>Usage:
  vigil run TASK.json [--db PATH] [--events FILE|-] [--settings PATH]
        [--allow-sleep]
      Runs one task to its end without a window.
      Exit status: 0 completed, 1 could not run (store or event log),
      2 bad input, 3 failed, 4 paused, 5 a batch with failed items.
  vigil serve [TASK.json...] [--db PATH] [--socket PATH] [--events FILE|-]
        [--settings PATH] [--allow-sleep]
      Runs the engine and its control socket without a window, adding the
      task files given; when a Vigil is running already, hands them to it.
      Both keep the computer from sleeping while tasks work (logind&apos;s
      inhibitor), unless --allow-sleep.
  vigil list [--json] | add TASK.json | show ID [--json] | pause ID | resume ID
        | retry-now ID | switch-model ID MODEL [--provider NAME] | cancel ID
        | set-budget ID [--max-cost USD] [--max-tokens N] [--socket PATH]
      Act on the running Vigil. Exit status: 0 done, 1 none running,
      2 refused (the message says why).
  vigil set-key NAME | remove-key NAME
      Stores the API key read from standard input in the OS keychain (or
      removes it); a provider uses it with &quot;api_key_keychain&quot;: &quot;NAME&quot;.
      Exit status: 0 done, 1 the keychain failed, 2 bad usage.
  vigil --version
</source>
        <translation>Usage :
  vigil run TASK.json [--db PATH] [--events FILE|-] [--settings PATH]
        [--allow-sleep]
      Mène une tâche à son terme sans fenêtre.
      Code de sortie : 0 terminée, 1 n’a pas pu tourner (base ou journal
      d’événements), 2 entrée invalide, 3 échouée, 4 en pause, 5 un lot dont
      des éléments ont échoué.
  vigil serve [TASK.json...] [--db PATH] [--socket PATH] [--events FILE|-]
        [--settings PATH] [--allow-sleep]
      Fait tourner le moteur et son socket de contrôle sans fenêtre, en ajoutant
      les fichiers de tâche donnés ; si un Vigil tourne déjà, il les lui confie.
      Les deux empêchent la mise en veille tant que des tâches travaillent
      (inhibiteur de logind), sauf avec --allow-sleep.
  vigil list [--json] | add TASK.json | show ID [--json] | pause ID | resume ID
        | retry-now ID | switch-model ID MODEL [--provider NAME] | cancel ID
        | set-budget ID [--max-cost USD] [--max-tokens N] [--socket PATH]
      Agit sur le Vigil en cours. Code de sortie : 0 fait, 1 aucun en cours,
      2 refusé (le message dit pourquoi).
  vigil set-key NAME | remove-key NAME
      Range dans le trousseau du système la clé d’API lue sur l’entrée standard
      (ou l’en retire) ; un fournisseur l’utilise avec &quot;api_key_keychain&quot;: &quot;NAME&quot;.
      Code de sortie : 0 fait, 1 le trousseau a échoué, 2 mauvais usage.
  vigil --version
</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1 dépensé</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>FIN PRÉVUE</translation>
    </message>
    <message>
        <source>expected end: %1</source>
        <translation>fin prévue : %1</translation>
    </message>
    <message>
        <source>deadline: %1</source>
        <translation>échéance : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>fin vers %1</translation>
    </message>
    <message>
        <source>provider batches:</source>
        <translation>lots chez le fournisseur :</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>LOT</translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation>TOUR</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>DONE / FAILED / EXPIRED / OF</source>
        <translation>FAITS / ÉCHOUÉS / EXPIRÉS / SUR</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>pas encore créé</translation>
    </message>
    <message>
        <source>The checkpoint store: a file, or a postgresql:// URL.</source>
        <translation>Le magasin de points de reprise : un fichier ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>run now by: %1</source>
        <translation>exécutée en ce moment par : %1</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Configure a provider in Settings first.</source>
        <translation>Configurez d’abord un fournisseur dans les Réglages.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Nom de la tâche</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>One prompt per line; each is a turn of the conversation</source>
        <translation>Un prompt par ligne ; chacun est un tour de la conversation</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Items (JSONL)</source>
        <translation>Éléments (JSONL)</translation>
    </message>
    <message>
        <source>a file of JSON lines</source>
        <translation>un fichier de lignes JSON</translation>
    </message>
    <message>
        <source>Items file</source>
        <translation>Fichier des éléments</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle de prompt</translation>
    </message>
    <message>
        <source>Summarise: {{text}}</source>
        <translation>Résumer : {{text}}</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Modèle de prompt</translation>
    </message>
    <message>
        <source>Results to</source>
        <translation>Résultats vers</translation>
    </message>
    <message>
        <source>beside the items, .out.jsonl</source>
        <translation>à côté des éléments, .out.jsonl</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En parallèle</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Requêtes en parallèle</translation>
    </message>
    <message>
        <source>Items of the batch</source>
        <translation>Éléments du lot</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>Lignes JSON (*.jsonl *.json)</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>dans %n s</numerusform>
            <numerusform>dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 min %2 s</source>
        <translation>dans %1 min %2 s</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>Vigil — %n task(s) need you</source>
        <translation>
            <numerusform>Vigil — %n tâche a besoin de vous</numerusform>
            <numerusform>Vigil — %n tâches ont besoin de vous</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Ajouter une tâche…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nouvelle tâche…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>Show tasks in state</source>
        <translation>Afficher les tâches dans l’état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Show tasks whose last error is</source>
        <translation>Afficher les tâches dont la dernière erreur est</translation>
    </message>
    <message>
        <source>Any error</source>
        <translation>Toute erreur</translation>
    </message>
    <message>
        <source>Search names, models, errors (Ctrl+F)</source>
        <translation>Chercher noms, modèles, erreurs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>%1 running · %2 retrying · %3 need you</source>
        <translation>%1 en cours · %2 en nouvel essai · %3 vous attendent</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Switch model…</source>
        <translation>Changer de modèle…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>No tasks yet. Add a task file with Add task… (Ctrl+O).</source>
        <translation>Aucune tâche pour l’instant. Ajoutez un fichier de tâche avec « Ajouter une tâche… » (Ctrl+O).</translation>
    </message>
    <message>
        <source>No task matches the filters.</source>
        <translation>Aucune tâche ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Add a task file</source>
        <translation>Ajouter un fichier de tâche</translation>
    </message>
    <message>
        <source>Task files (*.json)</source>
        <translation>Fichiers de tâche (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n task(s)?</source>
        <translation>
            <numerusform>Annuler %n tâche ?</numerusform>
            <numerusform>Annuler %n tâches ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts in flight are stopped. Completed steps and outputs are kept.</source>
        <translation>Les tentatives en cours sont arrêtées. Les étapes terminées et les sorties sont conservées.</translation>
    </message>
    <message>
        <source>Quit Vigil?</source>
        <translation>Quitter Vigil ?</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) are still working. They stop now and continue when Vigil starts again.</source>
        <translation>
            <numerusform>%n tâche travaille encore. Elle s’arrête maintenant et reprendra au prochain démarrage de Vigil.</numerusform>
            <numerusform>%n tâches travaillent encore. Elles s’arrêtent maintenant et reprendront au prochain démarrage de Vigil.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Entrée en cache</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>%1: model of price %2</source>
        <translation>%1 : modèle du prix %2</translation>
    </message>
    <message>
        <source>%1: %2 price of %3, US dollars per million tokens</source>
        <translation>%1 : prix %2 de %3, dollars américains par million de jetons</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the price of %1</source>
        <translation>Retirer le prix de %1</translation>
    </message>
    <message>
        <source>Add a price</source>
        <translation>Ajouter un prix</translation>
    </message>
</context>
<context>
    <name>ProviderBatchList</name>
    <message>
        <source>not created</source>
        <translation>non créé</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>pas encore créé</translation>
    </message>
    <message>
        <source>%1 · repair %2</source>
        <translation>%1 · réparation %2</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed, %4 expired</source>
        <translation>%1 sur %2 faites, %3 en échec, %4 expirées</translation>
    </message>
    <message>
        <source>created %1, ended %2</source>
        <translation>créé %1, terminé %2</translation>
    </message>
    <message>
        <source>created %1, expires %2</source>
        <translation>créé %1, expire %2</translation>
    </message>
    <message>
        <source>Provider batches: %1 of %2 requests done</source>
        <translation>Lots du fournisseur : %1 sur %2 requêtes faites</translation>
    </message>
    <message numerus="yes">
        <source>Provider batches — %1 of %2 requests done in %n batch(es)</source>
        <translation>
            <numerusform>Lots du fournisseur — %1 sur %2 requêtes faites en %n lot</numerusform>
            <numerusform>Lots du fournisseur — %1 sur %2 requêtes faites en %n lots</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider batch id</source>
        <translation>Identifiant du lot du fournisseur</translation>
    </message>
    <message>
        <source>Progress of the provider batch</source>
        <translation>Progression du lot du fournisseur</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Not reachable: %1</source>
        <translation>Injoignable : %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) offered</source>
        <translation>
            <numerusform>Connecté : %n modèle proposé</numerusform>
            <numerusform>Connecté : %n modèles proposés</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected (the provider gives no model list)</source>
        <translation>Connecté (le fournisseur ne donne pas de liste de modèles)</translation>
    </message>
    <message>
        <source>The keychain refused the key: %1</source>
        <translation>Le trousseau a refusé la clé : %1</translation>
    </message>
    <message>
        <source>The key is in the keychain as “%1”; Save to use it.</source>
        <translation>La clé est dans le trousseau sous « %1 » ; enregistrez pour l’utiliser.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>provider%1</source>
        <translation>fournisseur%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>model-a, model-b (optional)</source>
        <translation>modele-a, modele-b (facultatif)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>API key, kept in the keychain as “%1”</source>
        <translation>Clé d’API, gardée dans le trousseau sous « %1 »</translation>
    </message>
    <message>
        <source>API key: paste it to keep it in the keychain</source>
        <translation>Clé d’API : collez-la pour la garder dans le trousseau</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Garder dans le trousseau</translation>
    </message>
    <message>
        <source>…or variable</source>
        <translation>…ou variable</translation>
    </message>
    <message>
        <source>an environment variable holding the key</source>
        <translation>une variable d’environnement contenant la clé</translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation>Variable d’environnement contenant la clé</translation>
    </message>
    <message>
        <source>Save and test connection</source>
        <translation>Enregistrer et tester la connexion</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>Interrogation du fournisseur…</translation>
    </message>
    <message>
        <source>Retry figures for every task</source>
        <translation>Valeurs de nouvel essai pour chaque tâche</translation>
    </message>
    <message>
        <source>Attempts per step</source>
        <translation>Tentatives par étape</translation>
    </message>
    <message>
        <source>Minutes per step</source>
        <translation>Minutes par étape</translation>
    </message>
    <message>
        <source>First byte within (s)</source>
        <translation>Premier octet sous (s)</translation>
    </message>
    <message>
        <source>Seconds to the first byte</source>
        <translation>Secondes jusqu’au premier octet</translation>
    </message>
    <message>
        <source>Silent stream cut after (s)</source>
        <translation>Flux muet coupé après (s)</translation>
    </message>
    <message>
        <source>Seconds of silence in a stream</source>
        <translation>Secondes de silence dans un flux</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Notify when a task pauses</source>
        <translation>Avertir quand une tâche se met en pause</translation>
    </message>
    <message>
        <source>Notify when a task fails</source>
        <translation>Avertir quand une tâche échoue</translation>
    </message>
    <message>
        <source>Notify when a batch finishes</source>
        <translation>Avertir quand un lot se termine</translation>
    </message>
    <message>
        <source>Keep the computer awake while tasks run</source>
        <translation>Garder l’ordinateur éveillé pendant les tâches</translation>
    </message>
    <message>
        <source>Start Vigil with the session</source>
        <translation>Démarrer Vigil avec la session</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Saved in %1, which `vigil` reads too.</source>
        <translation>Enregistré dans %1, que `vigil` lit aussi.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Daily cap for all tasks, US dollars</source>
        <translation>Plafond quotidien pour toutes les tâches, dollars américains</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Daily spend cap for all tasks, in US dollars</source>
        <translation>Plafond de dépense quotidien pour toutes les tâches, en dollars américains</translation>
    </message>
    <message>
        <source>Prices for every provider, in US dollars per million tokens. Vigil&apos;s own table, dated %1, prices the common models at OpenAI, Anthropic and Gemini&apos;s own hosts; a price here wins over it, and a provider&apos;s own over both. A model nobody priced has no cost: it reads “cost unknown”.</source>
        <translation>Prix pour tous les fournisseurs, en dollars américains par million de jetons. La table de Vigil, datée du %1, donne le prix des modèles courants sur les hôtes d’OpenAI, Anthropic et Gemini ; un prix donné ici l’emporte sur elle, et celui d’un fournisseur sur les deux. Un modèle sans prix n’a pas de coût : il affiche « coût inconnu ».</translation>
    </message>
    <message>
        <source>Every provider</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>Checkpoint store</source>
        <translation>Magasin de points de reprise</translation>
    </message>
    <message>
        <source>A file, or a PostgreSQL database as postgresql://user@host:port/database (Vigils sharing it share a batch&apos;s items). Vigil opens it at its next start, unless started with --db.</source>
        <translation>Un fichier, ou une base PostgreSQL sous la forme postgresql://user@host:port/database (les Vigil qui la partagent se répartissent les éléments d&apos;un lot). Vigil l&apos;ouvre à son prochain démarrage, sauf s&apos;il est lancé avec --db.</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>A local OpenAI-/Anthropic-compatible model server with deterministic replies and scripted faults, for rehearsing Vigil&apos;s retry settings. Listens on 127.0.0.1 only.</source>
        <translation>Un serveur de modèles local compatible OpenAI/Anthropic, aux réponses déterministes et aux pannes scénarisées, pour répéter les réglages de nouvel essai de Vigil. N’écoute que sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>TCP port (0 picks a free one).</source>
        <translation>Port TCP (0 en choisit un libre).</translation>
    </message>
    <message>
        <source>A built-in profile (%1) or a profile JSON file.</source>
        <translation>Un profil intégré (%1) ou un fichier de profil JSON.</translation>
    </message>
    <message>
        <source>Print the built-in profiles.</source>
        <translation>Affiche les profils intégrés.</translation>
    </message>
    <message>
        <source>cannot read the profile %1: %2</source>
        <translation>impossible de lire le profil %1 : %2</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>not a port number</source>
        <translation>pas un numéro de port</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>impossible d’écouter sur 127.0.0.1:%1 : %2</translation>
    </message>
    <message>
        <source>vigil-sim listening on %1 (profile %2)</source>
        <translation>vigil-sim à l’écoute sur %1 (profil %2)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue « %1 »</translation>
    </message>
    <message>
        <source>script: unknown fault &quot;%1&quot;</source>
        <translation>script : panne inconnue « %1 »</translation>
    </message>
    <message>
        <source>step_scripts: unknown fault &quot;%1&quot;</source>
        <translation>step_scripts : panne inconnue « %1 »</translation>
    </message>
    <message>
        <source>capacity_windows: unknown response &quot;%1&quot;</source>
        <translation>capacity_windows : réponse inconnue « %1 »</translation>
    </message>
    <message>
        <source>rate_limit: requests and window_ms must be positive</source>
        <translation>rate_limit : requests et window_ms doivent être positifs</translation>
    </message>
    <message>
        <source>faults: unknown kind &quot;%1&quot;</source>
        <translation>faults : type inconnu « %1 »</translation>
    </message>
    <message>
        <source>background_retention_ms must not be negative</source>
        <translation>background_retention_ms ne doit pas être négatif</translation>
    </message>
    <message>
        <source>flex_unavailable must be between 0 and 1</source>
        <translation>flex_unavailable doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>batches: unknown key &quot;%1&quot;</source>
        <translation>batches : clé inconnue « %1 »</translation>
    </message>
    <message>
        <source>batches: durations must not be negative, and window_ms is positive</source>
        <translation>batches : les durées ne peuvent pas être négatives, et window_ms est positif</translation>
    </message>
    <message>
        <source>batches: limits must be positive</source>
        <translation>batches : les limites doivent être positives</translation>
    </message>
    <message>
        <source>batches: unknown batch fault &quot;%1&quot;</source>
        <translation>batches : panne de lot inconnue « %1 »</translation>
    </message>
    <message>
        <source>batches: %1: unknown kind &quot;%2&quot;</source>
        <translation>batches : %1 : type inconnu « %2 »</translation>
    </message>
</context>
<context>
    <name>SwitchModelDialog</name>
    <message>
        <source>Switch model</source>
        <translation>Changer de modèle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>The task&apos;s own</source>
        <translation>Celui de la tâche</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Asking the provider for its models…</source>
        <translation>Demande de ses modèles au fournisseur…</translation>
    </message>
    <message>
        <source>The provider&apos;s model list is not available: %1</source>
        <translation>La liste des modèles du fournisseur n’est pas disponible : %1</translation>
    </message>
    <message>
        <source>The provider gives no model list; type the model&apos;s name.</source>
        <translation>Le fournisseur ne donne pas de liste de modèles ; saisissez le nom du modèle.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered.</source>
        <translation>
            <numerusform>%n modèle proposé.</numerusform>
            <numerusform>%n modèles proposés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <source>Select a task to see its steps and attempts.</source>
        <translation>Choisissez une tâche pour voir ses étapes et ses tentatives.</translation>
    </message>
    <message>
        <source>%1 on %2 — %3</source>
        <translation>%1 sur %2 — %3</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Retry after fixing</source>
        <translation>Réessayer après correction</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Switch model…</source>
        <translation>Changer de modèle…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy for support</source>
        <translation>Copier pour le support</translation>
    </message>
    <message>
        <source>Copies the task and its attempts, without keys, for a support request</source>
        <translation>Copie la tâche et ses tentatives, sans clés, pour une demande de support</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Élément %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Output of step %1</source>
        <translation>Sortie de l’étape %1</translation>
    </message>
    <message>
        <source>Paused at its spend cap: $%1 of $%2 spent. New cap:</source>
        <translation>En pause à son plafond de dépense : %1 $ sur %2 $ dépensés. Nouveau plafond :</translation>
    </message>
    <message>
        <source>Paused at its spend cap: %1 of %2 tokens used. New cap:</source>
        <translation>En pause à son plafond de dépense : %1 jetons utilisés sur %2. Nouveau plafond :</translation>
    </message>
    <message>
        <source>New cost cap in US dollars</source>
        <translation>Nouveau plafond de coût en dollars américains</translation>
    </message>
    <message>
        <source>New token cap</source>
        <translation>Nouveau plafond de jetons</translation>
    </message>
    <message>
        <source>Raise cap and resume</source>
        <translation>Relever le plafond et reprendre</translation>
    </message>
    <message>
        <source>The new cap must be above what the task has spent</source>
        <translation>Le nouveau plafond doit dépasser ce que la tâche a dépensé</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Au fil du temps</translation>
    </message>
    <message>
        <source>Run now by: %1</source>
        <translation>Exécutée en ce moment par : %1</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>%1, %2, %3 of %4 steps done</source>
        <translation>%1, %2, %3 étapes sur %4 terminées</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Sélectionner %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%1/%2 steps, %3 failed</source>
        <translation>%1/%2 étapes, %3 échouées</translation>
    </message>
    <message>
        <source>%1/%2 steps</source>
        <translation>%1/%2 étapes</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>tentative %1 sur %2</translation>
    </message>
    <message>
        <source>ends about %1, late</source>
        <translation>fin vers %1, en retard</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>fin vers %1</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>Vigil</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>annulée avant d’être envoyée</translation>
    </message>
    <message>
        <source>the reply exceeded %1 bytes</source>
        <translation>la réponse a dépassé %1 octets</translation>
    </message>
    <message>
        <source>a stream line exceeded the size limit</source>
        <translation>une ligne du flux a dépassé la taille limite</translation>
    </message>
    <message>
        <source>cannot create the folder of the output file %1</source>
        <translation>impossible de créer le dossier du fichier de sortie %1</translation>
    </message>
    <message>
        <source>cannot open the output file %1: %2</source>
        <translation>impossible d’ouvrir le fichier de sortie %1 : %2</translation>
    </message>
    <message>
        <source>%1: line %2: not a result of this batch; move the file away or name another output</source>
        <translation>%1 : ligne %2 : pas un résultat de ce lot ; déplacez le fichier ou nommez une autre sortie</translation>
    </message>
    <message>
        <source>%1: line %2: a second result for the item %3; move the file away or name another output</source>
        <translation>%1 : ligne %2 : un second résultat pour l’élément %3 ; déplacez le fichier ou nommez une autre sortie</translation>
    </message>
    <message>
        <source>cannot repair the output file %1: %2</source>
        <translation>impossible de réparer le fichier de sortie %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the output file %1: %2</source>
        <translation>impossible d’écrire le fichier de sortie %1 : %2</translation>
    </message>
    <message>
        <source>cannot flush the output file %1 to the disk</source>
        <translation>impossible de vider le fichier de sortie %1 sur le disque</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>the connection was closed or reset before the reply was complete</source>
        <translation>la connexion a été fermée ou réinitialisée avant la fin de la réponse</translation>
    </message>
    <message>
        <source>the host was not found</source>
        <translation>l’hôte est introuvable</translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation>le proxy a échoué</translation>
    </message>
    <message>
        <source>a network error</source>
        <translation>une erreur réseau</translation>
    </message>
    <message>
        <source>no stream event before the time-to-first-byte limit</source>
        <translation>aucun événement de flux avant la limite du premier octet</translation>
    </message>
    <message>
        <source>the stream went silent for longer than the idle limit</source>
        <translation>le flux est resté muet plus longtemps que la limite d’inactivité</translation>
    </message>
    <message>
        <source>the attempt ran past its time ceiling</source>
        <translation>la tentative a dépassé sa durée maximale</translation>
    </message>
    <message>
        <source>the stream ended without its terminal event</source>
        <translation>le flux s’est terminé sans son événement final</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no Vigil is running (nothing answers at %1); start one with `vigil serve` or the desktop app</source>
        <translation>aucun Vigil ne tourne (personne ne répond à %1) ; lancez-en un avec `vigil serve` ou l’application de bureau</translation>
    </message>
    <message>
        <source>the running Vigil did not answer at %1</source>
        <translation>le Vigil en cours n’a pas répondu à %1</translation>
    </message>
    <message>
        <source>the running Vigil answered something unreadable</source>
        <translation>le Vigil en cours a répondu quelque chose d’illisible</translation>
    </message>
    <message>
        <source>another Vigil is already running (its socket is %1)</source>
        <translation>un autre Vigil tourne déjà (son socket est %1)</translation>
    </message>
    <message>
        <source>cannot listen at %1: %2</source>
        <translation>impossible d’écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>a request is one JSON object on one line</source>
        <translation>une requête est un objet JSON sur une ligne</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured in %2</source>
        <translation>aucun fournisseur nommé « %1 » n’est configuré dans %2</translation>
    </message>
    <message>
        <source>stored task %1</source>
        <translation>tâche enregistrée %1</translation>
    </message>
    <message>
        <source>models needs a configured provider&apos;s name or a task id</source>
        <translation>models demande le nom d’un fournisseur configuré ou un identifiant de tâche</translation>
    </message>
    <message>
        <source>switch-model needs a task id</source>
        <translation>switch-model demande un identifiant de tâche</translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation>pas de tâche %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1 needs a task id</source>
        <translation>%1 demande un identifiant de tâche</translation>
    </message>
    <message>
        <source>task %1 is %2 already</source>
        <translation>la tâche %1 est déjà %2</translation>
    </message>
    <message>
        <source>task %1 is completed; there is nothing to resume</source>
        <translation>la tâche %1 est terminée ; il n’y a rien à reprendre</translation>
    </message>
    <message>
        <source>add needs the task file&apos;s absolute path</source>
        <translation>add demande le chemin absolu du fichier de tâche</translation>
    </message>
    <message>
        <source>task %1 was added but cannot start: %2</source>
        <translation>la tâche %1 a été ajoutée mais ne peut pas démarrer : %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>limite de débit</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>stall</source>
        <translation>blocage</translation>
    </message>
    <message>
        <source>request</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000</source>
        <translation>doit être un nombre entier de 1 à 1000</translation>
    </message>
    <message>
        <source>unknown retry setting</source>
        <translation>réglage de nouvel essai inconnu</translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds from 1 to %1</source>
        <translation>doit être un nombre entier de millisecondes de 1 à %1</translation>
    </message>
    <message>
        <source>initial_delay_ms must not exceed max_delay_ms</source>
        <translation>initial_delay_ms ne doit pas dépasser max_delay_ms</translation>
    </message>
    <message>
        <source>capacity_initial_delay_ms must not exceed capacity_max_delay_ms</source>
        <translation>capacity_initial_delay_ms ne doit pas dépasser capacity_max_delay_ms</translation>
    </message>
    <message>
        <source>ttfb_timeout_ms and idle_timeout_ms must not exceed attempt_timeout_ms</source>
        <translation>ttfb_timeout_ms et idle_timeout_ms ne doivent pas dépasser attempt_timeout_ms</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>waiting for the network</source>
        <translation>en attente du réseau</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>the database is locked by another process (another Vigil on the same file?); it was left as it is</source>
        <translation>la base est verrouillée par un autre processus (un autre Vigil sur le même fichier ?) ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <source>the disk is full; free some space and resume</source>
        <translation>le disque est plein ; libérez de la place et reprenez</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only (SQLite writes -wal and -shm files beside the database); make them writable or choose another with --db</source>
        <translation>le fichier de la base ou son dossier est en lecture seule (SQLite écrit des fichiers -wal et -shm à côté de la base) ; rendez-les inscriptibles ou choisissez-en une autre avec --db</translation>
    </message>
    <message>
        <source>the database file is damaged; it was left as it is</source>
        <translation>le fichier de la base est endommagé ; il a été laissé tel quel</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>le disque n’a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>erreur de base de données</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>impossible d’ouvrir la base</translation>
    </message>
    <message>
        <source>not a readable Vigil database</source>
        <translation>pas une base Vigil lisible</translation>
    </message>
    <message>
        <source>cannot use a write-ahead log</source>
        <translation>impossible d’utiliser un journal d’écriture anticipée</translation>
    </message>
    <message>
        <source>journal_mode stayed %1</source>
        <translation>journal_mode est resté %1</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>impossible de lire la version du schéma</translation>
    </message>
    <message>
        <source>the database was written by a newer Vigil</source>
        <translation>la base a été écrite par un Vigil plus récent</translation>
    </message>
    <message>
        <source>schema version %1, this Vigil knows up to %2; nothing was changed</source>
        <translation>version de schéma %1, ce Vigil connaît jusqu’à %2 ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>cannot back up the database before migrating</source>
        <translation>impossible de sauvegarder la base avant la migration</translation>
    </message>
    <message>
        <source>cannot start a migration</source>
        <translation>impossible de commencer une migration</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>impossible de valider</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>impossible de commencer une transaction</translation>
    </message>
    <message>
        <source>cannot look up the task</source>
        <translation>impossible de trouver la tâche</translation>
    </message>
    <message>
        <source>cannot load task %1</source>
        <translation>impossible de charger la tâche %1</translation>
    </message>
    <message>
        <source>cannot load the steps of task %1</source>
        <translation>impossible de charger les étapes de la tâche %1</translation>
    </message>
    <message>
        <source>cannot create the task</source>
        <translation>impossible de créer la tâche</translation>
    </message>
    <message>
        <source>cannot create the steps</source>
        <translation>impossible de créer les étapes</translation>
    </message>
    <message>
        <source>cannot update the task</source>
        <translation>impossible de mettre à jour la tâche</translation>
    </message>
    <message>
        <source>cannot record the task state</source>
        <translation>impossible d’enregistrer l’état de la tâche</translation>
    </message>
    <message>
        <source>cannot reset the retry budget</source>
        <translation>impossible de réinitialiser le budget de nouvel essai</translation>
    </message>
    <message>
        <source>cannot credit waiting time</source>
        <translation>impossible de créditer le temps d’attente</translation>
    </message>
    <message>
        <source>cannot refund the attempt</source>
        <translation>impossible de rembourser la tentative</translation>
    </message>
    <message>
        <source>cannot record the attempt</source>
        <translation>impossible d’enregistrer la tentative</translation>
    </message>
    <message>
        <source>cannot record the end of attempt %1</source>
        <translation>impossible d’enregistrer la fin de la tentative %1</translation>
    </message>
    <message>
        <source>cannot record the step</source>
        <translation>impossible d’enregistrer l’étape</translation>
    </message>
    <message>
        <source>interrupted: Vigil stopped while this attempt was in flight</source>
        <translation>interrompue : Vigil s’est arrêté pendant cette tentative</translation>
    </message>
    <message>
        <source>cannot close interrupted attempts</source>
        <translation>impossible de clore les tentatives interrompues</translation>
    </message>
    <message>
        <source>cannot list the tasks</source>
        <translation>impossible de lister les tâches</translation>
    </message>
    <message>
        <source>cannot read the attempts</source>
        <translation>impossible de lire les tentatives</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>clé inconnue (attendu : l’une de %1)</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>obligatoire, mais absent</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>keys do not belong in task or settings files; store the key with `vigil set-key NAME` and give &quot;api_key_keychain&quot;: &quot;NAME&quot;, or put it in an environment variable and name it in api_key_env</source>
        <translation>les clés n’ont pas leur place dans les fichiers de tâche ou de réglages ; rangez la clé avec `vigil set-key NAME` et donnez &quot;api_key_keychain&quot;: &quot;NAME&quot;, ou placez-la dans une variable d’environnement et nommez celle-ci dans api_key_env</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>« %1 » n’est pas une URL http ou https</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of openai-chat, openai-responses, anthropic-messages</source>
        <translation>« %1 » n’est pas l’un de openai-chat, openai-responses, anthropic-messages</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name</source>
        <translation>« %1 » n’est pas un nom de variable d’environnement</translation>
    </message>
    <message>
        <source>api_key_env and api_key_keychain both name a key; keep the one that holds it</source>
        <translation>api_key_env et api_key_keychain nomment tous deux une clé ; gardez celui qui la contient</translation>
    </message>
    <message>
        <source>must be 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>doit compter 1 à 100 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>doit être un tableau de chaînes, pas %1</translation>
    </message>
    <message>
        <source>must hold at least one turn</source>
        <translation>doit contenir au moins un tour</translation>
    </message>
    <message>
        <source>must not be the input file</source>
        <translation>ne doit pas être le fichier d’entrée</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 256</source>
        <translation>doit être un nombre entier de 1 à 256</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>a task file holds one JSON object</source>
        <translation>un fichier de tâche contient un objet JSON</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured in %2; configure it there, or give base_url and protocol here instead</source>
        <translation>aucun fournisseur nommé « %1 » n’est configuré dans %2 ; configurez-le là, ou donnez ici base_url et protocol</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured; give base_url and protocol here instead</source>
        <translation>aucun fournisseur nommé « %1 » n’est configuré ; donnez ici base_url et protocol</translation>
    </message>
    <message>
        <source>a task has turns or a batch, not both</source>
        <translation>une tâche a des tours ou un lot, pas les deux</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit être true ou false, pas %1</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000</source>
        <translation>doit être un nombre entier de 1 à 1000000</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>settings are one JSON object</source>
        <translation>les réglages sont un objet JSON</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names another provider already</source>
        <translation>« %1 » nomme déjà un autre fournisseur</translation>
    </message>
    <message>
        <source>must be an array of model names</source>
        <translation>doit être un tableau de noms de modèles</translation>
    </message>
    <message>
        <source>larger than 64 MiB</source>
        <translation>plus de 64 Mio</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>longer than 16 MiB</source>
        <translation>plus long que 16 Mio</translation>
    </message>
    <message>
        <source>not valid JSON at column %1: %2</source>
        <translation>JSON invalide à la colonne %1 : %2</translation>
    </message>
    <message>
        <source>each line must hold one JSON object</source>
        <translation>chaque ligne doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a non-empty string or a whole number</source>
        <translation>&quot;id&quot; doit être une chaîne non vide ou un nombre entier</translation>
    </message>
    <message>
        <source>the id %1 was already used on line %2</source>
        <translation>l’identifiant %1 est déjà utilisé ligne %2</translation>
    </message>
    <message>
        <source>the template needs the field &quot;%1&quot;, which this item lacks</source>
        <translation>le modèle demande le champ « %1 », absent de cet élément</translation>
    </message>
    <message>
        <source>the rendered prompt is empty</source>
        <translation>le prompt obtenu est vide</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>plus de %1 éléments</translation>
    </message>
    <message>
        <source>holds no items</source>
        <translation>ne contient aucun élément</translation>
    </message>
    <message>
        <source>the keychain holds no key named &quot;%1&quot;; store it with `vigil set-key %1`</source>
        <translation>le trousseau ne contient pas de clé nommée « %1 » ; rangez-la avec `vigil set-key %1`</translation>
    </message>
    <message>
        <source>no keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet on the session bus): %1</source>
        <translation>aucun trousseau disponible (sous Linux : un Secret Service comme GNOME Keyring ou KWallet sur le bus de session) : %1</translation>
    </message>
    <message>
        <source>the keychain refused access to &quot;%1&quot;: %2</source>
        <translation>le trousseau a refusé l’accès à « %1 » : %2</translation>
    </message>
    <message>
        <source>the keychain failed on &quot;%1&quot;: %2 (is a keychain service such as GNOME Keyring or KWallet running in this session?)</source>
        <translation>le trousseau a échoué sur « %1 » : %2 (un service de trousseau comme GNOME Keyring ou KWallet tourne-t-il dans cette session ?)</translation>
    </message>
    <message>
        <source>the server redirected to %1 (HTTP %2); Vigil sends a task&apos;s requests and its API key only to its base_url: if the provider has moved, change base_url</source>
        <translation>le serveur a redirigé vers %1 (HTTP %2) ; Vigil n’envoie les requêtes d’une tâche et sa clé d’API qu’à sa base_url : si le fournisseur a déménagé, changez base_url</translation>
    </message>
    <message>
        <source>probe_initial_delay_ms must not exceed probe_max_delay_ms</source>
        <translation>probe_initial_delay_ms ne doit pas dépasser probe_max_delay_ms</translation>
    </message>
    <message>
        <source> (offline; not charged)</source>
        <translation> (hors ligne ; non décompté)</translation>
    </message>
    <message>
        <source>attempt %1 is not armed</source>
        <translation>la tentative %1 n’est pas préparée</translation>
    </message>
    <message>
        <source>cannot withdraw the attempts not sent</source>
        <translation>impossible de retirer les tentatives non envoyées</translation>
    </message>
    <message>
        <source>interrupted: Vigil stopped as this attempt was about to be sent; it may not have reached the backend</source>
        <translation>interrompu : Vigil s’est arrêté alors que cette tentative allait être envoyée ; elle n’a peut-être pas atteint le backend</translation>
    </message>
    <message>
        <source>cannot record the background response</source>
        <translation>impossible d’enregistrer la réponse en arrière-plan</translation>
    </message>
    <message>
        <source>only the openai-responses protocol can re-attach to a stream; %1 has no server-side resume</source>
        <translation>seul le protocole openai-responses peut se rattacher à un flux ; %1 n’a pas de reprise côté serveur</translation>
    </message>
    <message>
        <source>must be the provider&apos;s name for a tier, such as &quot;flex&quot; or &quot;priority&quot;</source>
        <translation>doit être le nom d’un niveau chez le fournisseur, comme &quot;flex&quot; ou &quot;priority&quot;</translation>
    </message>
    <message>
        <source>falls back from a service_tier other than the default; set service_tier too</source>
        <translation>revient d’un service_tier autre que celui par défaut ; indiquez aussi service_tier</translation>
    </message>
    <message>
        <source>cancelled while polling</source>
        <translation>annulé pendant l’interrogation</translation>
    </message>
    <message>
        <source>max_cost_usd must be an amount in US dollars, more than 0</source>
        <translation>max_cost_usd doit être un montant en dollars américains, supérieur à 0</translation>
    </message>
    <message>
        <source>max_tokens must be a whole number of tokens, 1 or more</source>
        <translation>max_tokens doit être un nombre entier de jetons, 1 ou plus</translation>
    </message>
    <message>
        <source>must be a price in dollars per million tokens, 0 or more</source>
        <translation>doit être un prix en dollars par million de jetons, 0 ou plus</translation>
    </message>
    <message>
        <source>must be an object with &quot;input&quot; and &quot;output&quot; prices</source>
        <translation>doit être un objet avec les prix &quot;input&quot; et &quot;output&quot;</translation>
    </message>
    <message>
        <source>must be an object: tier name → factor of the prices</source>
        <translation>doit être un objet : nom du niveau → facteur des prix</translation>
    </message>
    <message>
        <source>must be a factor of the prices, more than 0</source>
        <translation>doit être un facteur des prix, supérieur à 0</translation>
    </message>
    <message>
        <source>applies only with &quot;long_prompt_over&quot;</source>
        <translation>ne s’applique qu’avec &quot;long_prompt_over&quot;</translation>
    </message>
    <message>
        <source>must be a number of prompt tokens, more than 0</source>
        <translation>doit être un nombre de jetons de prompt, supérieur à 0</translation>
    </message>
    <message>
        <source>must be an object: model name → its prices</source>
        <translation>doit être un objet : nom du modèle → ses prix</translation>
    </message>
    <message>
        <source>cannot read what the tasks spent</source>
        <translation>impossible de lire ce que les tâches ont dépensé</translation>
    </message>
    <message>
        <source>must be an object with max_cost_usd, max_tokens or both, not %1</source>
        <translation>doit être un objet avec max_cost_usd, max_tokens ou les deux, pas %1</translation>
    </message>
    <message>
        <source>give max_cost_usd, max_tokens or both</source>
        <translation>indiquez max_cost_usd, max_tokens ou les deux</translation>
    </message>
    <message>
        <source>must be an amount in US dollars, more than 0</source>
        <translation>doit être un montant en dollars américains, supérieur à 0</translation>
    </message>
    <message>
        <source>must be a whole number of tokens, 1 or more</source>
        <translation>doit être un nombre entier de jetons, 1 ou plus</translation>
    </message>
    <message>
        <source>name, models, retry and prices belong to providers in the settings file; a task&apos;s own retry figures go in $.retry</source>
        <translation>name, models, retry et prices appartiennent aux fournisseurs du fichier de réglages ; les valeurs de reprise propres à une tâche vont dans $.retry</translation>
    </message>
    <message>
        <source>daily spend cap reached: %1 of %2 spent today by all tasks; goes on tomorrow, or raise daily_cap_usd in the settings and resume</source>
        <translation>plafond de dépense quotidien atteint : %1 sur %2 dépensés aujourd’hui par toutes les tâches ; reprend demain, ou relevez daily_cap_usd dans les réglages et reprenez</translation>
    </message>
    <message>
        <source>must be a local time such as &quot;08:00&quot;, or an ISO 8601 date and time such as &quot;2026-12-06T08:00&quot;</source>
        <translation>doit être une heure locale comme &quot;08:00&quot;, ou une date et heure ISO 8601 comme &quot;2026-12-06T08:00&quot;</translation>
    </message>
    <message>
        <source>rate limit or quota</source>
        <translation>limite de débit ou quota</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>network or stall</source>
        <translation>réseau ou blocage</translation>
    </message>
    <message>
        <source>other failures</source>
        <translation>autres échecs</translation>
    </message>
    <message>
        <source>cannot read what the tasks did</source>
        <translation>impossible de lire ce qu’ont fait les tâches</translation>
    </message>
    <message>
        <source>a result line without a custom_id</source>
        <translation>une ligne de résultat sans custom_id</translation>
    </message>
    <message>
        <source>the answer is not a batch</source>
        <translation>la réponse n’est pas un lot</translation>
    </message>
    <message>
        <source>the batch has a status Vigil does not know: &quot;%1&quot;</source>
        <translation>le lot a un statut que Vigil ne connaît pas : « %1 »</translation>
    </message>
    <message>
        <source>a result line without a custom_id or a result</source>
        <translation>une ligne de résultat sans custom_id ou sans résultat</translation>
    </message>
    <message>
        <source>the batch expired before this request ran</source>
        <translation>le lot a expiré avant que cette requête ne s’exécute</translation>
    </message>
    <message>
        <source>the batch was cancelled before this request ran</source>
        <translation>le lot a été annulé avant que cette requête ne s’exécute</translation>
    </message>
    <message>
        <source>a result of a type Vigil does not know: &quot;%1&quot;</source>
        <translation>un résultat d’un type que Vigil ne connaît pas : « %1 »</translation>
    </message>
    <message>
        <source>the answer is not a message batch</source>
        <translation>la réponse n’est pas un lot de messages</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>la réponse n’est pas du JSON : %1</translation>
    </message>
    <message>
        <source>cancelled with its task</source>
        <translation>annulé avec sa tâche</translation>
    </message>
    <message>
        <source>the provider&apos;s validation refused line %1 of batch %2: %3</source>
        <translation>la validation du fournisseur a refusé la ligne %1 du lot %2 : %3</translation>
    </message>
    <message>
        <source>not run: batch %1 was refused for another of its items</source>
        <translation>non exécuté : le lot %1 a été refusé pour un autre de ses éléments</translation>
    </message>
    <message>
        <source>not run: batch %1 was refused: %2</source>
        <translation>non exécuté : le lot %1 a été refusé : %2</translation>
    </message>
    <message>
        <source>batch %1 ended with no output or error file: none of its requests has a result</source>
        <translation>le lot %1 s’est terminé sans fichier de sortie ni d’erreurs : aucune de ses requêtes n’a de résultat</translation>
    </message>
    <message>
        <source>batch %1 ended without a result for this item</source>
        <translation>le lot %1 s’est terminé sans résultat pour cet élément</translation>
    </message>
    <message>
        <source>the provider no longer knows batch %1</source>
        <translation>le fournisseur ne connaît plus le lot %1</translation>
    </message>
    <message>
        <source>cannot record the provider batch</source>
        <translation>impossible d’enregistrer le lot du fournisseur</translation>
    </message>
    <message>
        <source>cannot read the provider batches</source>
        <translation>impossible de lire les lots du fournisseur</translation>
    </message>
    <message>
        <source>must be &quot;live&quot; or &quot;provider-batch&quot;, not &quot;%1&quot;</source>
        <translation>doit être « live » ou « provider-batch », pas « %1 »</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot;, &quot;live&quot; or &quot;provider-batch&quot;, not &quot;%1&quot;</source>
        <translation>doit être « auto », « live » ou « provider-batch », pas « %1 »</translation>
    </message>
    <message>
        <source>%1 since %2, far longer than usual</source>
        <translation>%1 depuis %2, bien plus longtemps que d’habitude</translation>
    </message>
    <message numerus="yes">
        <source>refused at validation for %n of its lines</source>
        <translation>
            <numerusform>refusé à la validation pour %n de ses lignes</numerusform>
            <numerusform>refusé à la validation pour %n de ses lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>refused at validation: %1</source>
        <translation>refusé à la validation : %1</translation>
    </message>
    <message>
        <source>the provider did not answer (%1): %2; trying again</source>
        <translation>le fournisseur n’a pas répondu (%1) : %2 ; nouvel essai à venir</translation>
    </message>
    <message>
        <source>cannot migrate the database</source>
        <translation>impossible de migrer la base de données</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>le pilote PostgreSQL de Qt n&apos;est pas installé (Debian : libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL: write postgresql://user@host:port/database</source>
        <translation>ce n&apos;est pas une URL PostgreSQL : écrivez postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>the database server cannot be reached; is it running, and are the host and port right?</source>
        <translation>le serveur de bases de données est injoignable ; tourne-t-il, et l&apos;hôte et le port sont-ils justes ?</translation>
    </message>
    <message>
        <source>the database server&apos;s name is not known</source>
        <translation>le nom du serveur de bases de données est inconnu</translation>
    </message>
    <message>
        <source>the database server did not answer in time</source>
        <translation>le serveur de bases de données n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>the database server refused the user or password (a password goes in ~/.pgpass or PGPASSWORD)</source>
        <translation>le serveur de bases de données a refusé l&apos;utilisateur ou le mot de passe (un mot de passe se met dans ~/.pgpass ou PGPASSWORD)</translation>
    </message>
    <message>
        <source>the database server asks for a password (put it in ~/.pgpass or PGPASSWORD)</source>
        <translation>le serveur de bases de données demande un mot de passe (mettez-le dans ~/.pgpass ou PGPASSWORD)</translation>
    </message>
    <message>
        <source>the database does not exist; create it first (createdb)</source>
        <translation>la base de données n&apos;existe pas ; créez-la d&apos;abord (createdb)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost</source>
        <translation>la connexion au serveur de bases de données a été perdue</translation>
    </message>
    <message>
        <source>the database server ended the connection</source>
        <translation>le serveur de bases de données a mis fin à la connexion</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full</source>
        <translation>le disque du serveur de bases de données est plein</translation>
    </message>
    <message>
        <source>no store was opened</source>
        <translation>aucun magasin n&apos;a été ouvert</translation>
    </message>
    <message>
        <source>no step %1</source>
        <translation>aucune étape %1</translation>
    </message>
    <message>
        <source>step %1 was taken over by another Vigil</source>
        <translation>l&apos;étape %1 a été reprise par un autre Vigil</translation>
    </message>
    <message>
        <source>this Vigil&apos;s lease on it ran out before the step&apos;s result was written</source>
        <translation>le bail de ce Vigil a expiré avant que le résultat de l&apos;étape soit écrit</translation>
    </message>
    <message>
        <source>no step for attempt %1</source>
        <translation>aucune étape pour la tentative %1</translation>
    </message>
    <message>
        <source>its step was taken over by another Vigil while it ran (this Vigil&apos;s lease ran out); its result was not kept</source>
        <translation>son étape a été reprise par un autre Vigil pendant son exécution (le bail de ce Vigil a expiré) ; son résultat n&apos;a pas été gardé</translation>
    </message>
    <message>
        <source>cannot claim steps of task %1</source>
        <translation>impossible de réserver des étapes de la tâche %1</translation>
    </message>
    <message>
        <source>cannot renew the leases of task %1</source>
        <translation>impossible de renouveler les baux de la tâche %1</translation>
    </message>
    <message>
        <source>cannot give up the leases of task %1</source>
        <translation>impossible de rendre les baux de la tâche %1</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds, at least 1</source>
        <translation>%1 doit être un nombre entier de secondes, au moins 1</translation>
    </message>
    <message>
        <source>cannot tell other Vigils</source>
        <translation>impossible de prévenir les autres Vigil</translation>
    </message>
    <message>
        <source>another Vigil sharing the store stopped task %1</source>
        <translation>un autre Vigil partageant le stockage a arrêté la tâche %1</translation>
    </message>
    <message>
        <source>the reply&apos;s head is too long</source>
        <translation>l&apos;en-tête de la réponse est trop long</translation>
    </message>
    <message>
        <source>a chunk&apos;s size cannot be read</source>
        <translation>la taille d&apos;un bloc est illisible</translation>
    </message>
    <message>
        <source>a chunk does not end where its size said</source>
        <translation>un bloc ne se termine pas là où sa taille l&apos;indiquait</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP/1</source>
        <translation>le serveur n&apos;a pas répondu en HTTP/1</translation>
    </message>
    <message>
        <source>a header of the reply cannot be read</source>
        <translation>un en-tête de la réponse est illisible</translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation>le serveur a changé de protocole</translation>
    </message>
    <message>
        <source>the reply&apos;s Content-Length cannot be read</source>
        <translation>le Content-Length de la réponse est illisible</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (processus %2)</translation>
    </message>
    <message>
        <source>%1, steps held: %2</source>
        <translation>%1, étapes détenues : %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vigil cannot start: %1</source>
        <translation>Vigil ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>The control socket.</source>
        <translation>Le socket de contrôle.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>Le fichier de réglages.</translation>
    </message>
    <message>
        <source>Start in the tray, without the window.</source>
        <translation>Démarrer dans la zone de notification, sans la fenêtre.</translation>
    </message>
    <message>
        <source>Keeps long-running model tasks alive overnight.</source>
        <translation>Garde en vie toute la nuit les longues tâches de modèles.</translation>
    </message>
    <message>
        <source>Task files to add.</source>
        <translation>Fichiers de tâche à ajouter.</translation>
    </message>
    <message>
        <source>The checkpoint store: a file, or a postgresql:// URL.</source>
        <translation>Le magasin de points de reprise : un fichier ou une URL postgresql://.</translation>
    </message>
</context>
<context>
    <name>vigil::ActivityModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 tokens · %2 · %3 lost to waits</source>
        <translation>%1 jetons · %2 · %3 perdus en attentes</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
</context>
<context>
    <name>vigil::Engine</name>
    <message>
        <source>task %1 is already running</source>
        <translation>la tâche %1 est déjà en cours</translation>
    </message>
    <message>
        <source>the API key could not be read: </source>
        <translation>la clé d’API n’a pas pu être lue : </translation>
    </message>
    <message>
        <source>task %1 is %2 already</source>
        <translation>la tâche %1 est déjà %2</translation>
    </message>
    <message>
        <source>cancelled by the user; completed steps are kept</source>
        <translation>annulée par l’utilisateur ; les étapes terminées sont conservées</translation>
    </message>
    <message>
        <source>paused by the user; completed steps are kept</source>
        <translation>mise en pause par l’utilisateur ; les étapes terminées sont conservées</translation>
    </message>
    <message>
        <source>task %1 is %2; only a running task can be paused</source>
        <translation>la tâche %1 est %2 ; seule une tâche en cours peut être mise en pause</translation>
    </message>
    <message>
        <source>task %1 is %2; there is nothing left to run</source>
        <translation>la tâche %1 est %2 ; il ne reste rien à exécuter</translation>
    </message>
    <message>
        <source>the model must not be empty</source>
        <translation>le modèle ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 is not cooling down</source>
        <translation>%1 n’est pas en refroidissement</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is in the keychain, and this Vigil has no keychain</source>
        <translation>la clé « %1 » est dans le trousseau, et ce Vigil n’a pas de trousseau</translation>
    </message>
    <message>
        <source>task %1 is %2; retry-now applies to a retrying, paused or failed task</source>
        <translation>la tâche %1 est %2 ; retry-now s’applique à une tâche en nouvel essai, en pause ou échouée</translation>
    </message>
    <message>
        <source>the provider at %1 does not offer the model &quot;%2&quot;; it offers: %3</source>
        <translation>le fournisseur à %1 ne propose pas le modèle « %2 » ; il propose : %3</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 a répondu %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no backend &quot;%1&quot;</source>
        <translation>pas de backend « %1 »</translation>
    </message>
    <message>
        <source>the API key could not be read: the environment variable %1, named by provider.api_key_env, is not set; set it where Vigil runs, then resume</source>
        <translation>la clé d’API n’a pas pu être lue : la variable d’environnement %1, nommée par provider.api_key_env, n’est pas définie ; définissez-la là où Vigil s’exécute, puis reprenez</translation>
    </message>
    <message>
        <source>the checkpoint store failed: %1</source>
        <translation>le magasin de points de reprise a échoué : %1</translation>
    </message>
    <message>
        <source>cannot create the folder of the output file %1</source>
        <translation>impossible de créer le dossier du fichier de sortie %1</translation>
    </message>
    <message>
        <source>another Vigil on this machine writes the output file %1; stop it, or name another output</source>
        <translation>un autre Vigil sur cette machine écrit le fichier de sortie %1 ; arrêtez-le ou indiquez une autre sortie</translation>
    </message>
    <message>
        <source>cannot lock the output file %1 (%2)</source>
        <translation>impossible de verrouiller le fichier de sortie %1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigil::EngineHost</name>
    <message>
        <source>task %1 cannot continue: %2</source>
        <translation>la tâche %1 ne peut pas continuer : %2</translation>
    </message>
    <message>
        <source>batch %1 %2: %3 of %4 done, %5 failed, %6 expired</source>
        <translation>lot %1 %2 : %3 sur %4 faits, %5 échoués, %6 expirés</translation>
    </message>
</context>
<context>
    <name>vigil::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>Changer de modèle</translation>
    </message>
</context>
<context>
    <name>vigil::KeepAwake</name>
    <message>
        <source>Tasks are running; Vigil keeps the computer awake until they end</source>
        <translation>Des tâches tournent ; Vigil garde l’ordinateur éveillé jusqu’à leur fin</translation>
    </message>
</context>
<context>
    <name>vigil::Legend</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Stall</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réussie</translation>
    </message>
</context>
<context>
    <name>vigil::LogindInhibitor</name>
    <message>
        <source>logind answered without a lock (the bus passes no file descriptors)</source>
        <translation>logind a répondu sans verrou (le bus ne transmet pas de descripteurs de fichier)</translation>
    </message>
</context>
<context>
    <name>vigil::NotificationCenter</name>
    <message>
        <source>at capacity</source>
        <translation>saturé</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>limité en débit</translation>
    </message>
    <message>
        <source>out of quota</source>
        <translation>à court de quota</translation>
    </message>
    <message>
        <source>refusing the API key</source>
        <translation>refuse la clé d’API</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>failing (%1)</source>
        <translation>en échec (%1)</translation>
    </message>
    <message>
        <source>Batch “%1” finished</source>
        <translation>Lot « %1 » terminé</translation>
    </message>
    <message>
        <source>%1 of %2 items done, %3 failed</source>
        <translation>%1 éléments sur %2 terminés, %3 échoués</translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) done</source>
        <translation>
            <numerusform>%n élément terminé</numerusform>
            <numerusform>Les %n éléments sont terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is paused</source>
        <translation>« %1 » est en pause</translation>
    </message>
    <message>
        <source>%1 is %2. %3 Completed steps are kept.</source>
        <translation>%1 est %2. %3 Les étapes terminées sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) paused</source>
        <translation>
            <numerusform>%n tâche en pause</numerusform>
            <numerusform>%n tâches en pause</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Each keeps its completed steps.</source>
        <translation>%1 est %2. Chacune garde ses étapes terminées.</translation>
    </message>
    <message>
        <source>“%1” failed</source>
        <translation>« %1 » a échoué</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n tâche a échoué</numerusform>
            <numerusform>%n tâches ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Each keeps its completed steps; fix the cause and retry.</source>
        <translation>%1 est %2. Chacune garde ses étapes terminées ; corrigez la cause et réessayez.</translation>
    </message>
    <message>
        <source>“%1” will miss its deadline</source>
        <translation>« %1 » manquera son échéance</translation>
    </message>
    <message>
        <source>“%1” will reach its spend cap</source>
        <translation>« %1 » atteindra son plafond de dépense</translation>
    </message>
    <message>
        <source>“%1”: a provider batch ended</source>
        <translation>« %1 » : un lot chez le fournisseur est terminé</translation>
    </message>
</context>
<context>
    <name>vigil::SettingsEditor</name>
    <message>
        <source>a key name is 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>un nom de clé compte de 1 à 100 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>la clé est vide</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>pas de trousseau</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>%1: a price needs the model it is for</source>
        <translation>%1 : un prix a besoin du modèle auquel il s’applique</translation>
    </message>
    <message>
        <source>%1: the %2 price of %3 must be US dollars per million tokens, 0 or more</source>
        <translation>%1 : le prix %2 de %3 doit être en dollars américains par million de jetons, 0 ou plus</translation>
    </message>
    <message>
        <source>the daily spend cap must be US dollars, more than 0 (empty: none)</source>
        <translation>le plafond de dépense quotidien doit être en dollars américains, plus de 0 (vide : aucun)</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>prices at %1</source>
        <translation>prix chez %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL: write postgresql://user@host:port/database</source>
        <translation>« %1 » n&apos;est pas une URL PostgreSQL : écrivez postgresql://user@host:port/database</translation>
    </message>
</context>
<context>
    <name>vigil::TaskListModel</name>
    <message>
        <source>%1 tokens · %2</source>
        <translation>%1 jetons · %2</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
</context>
<context>
    <name>vigil::TaskRunner</name>
    <message>
        <source>cancelled by the user; completed steps are kept</source>
        <translation>annulée par l’utilisateur ; les étapes terminées sont conservées</translation>
    </message>
    <message>
        <source>paused by the user; completed steps are kept</source>
        <translation>mise en pause par l’utilisateur ; les étapes terminées sont conservées</translation>
    </message>
    <message>
        <source>the checkpoint store failed: %1</source>
        <translation>le magasin de points de reprise a échoué : %1</translation>
    </message>
    <message>
        <source>the machine is offline; no attempts are spent until it is back</source>
        <translation>la machine est hors ligne ; aucune tentative n’est dépensée avant son retour</translation>
    </message>
    <message>
        <source>all %1 steps completed</source>
        <translation>les %1 étapes sont terminées</translation>
    </message>
    <message>
        <source>all %1 items completed; results in %2</source>
        <translation>les %1 éléments sont terminés ; résultats dans %2</translation>
    </message>
    <message>
        <source>%1 of %2 items completed, %3 failed; results and errors in %4</source>
        <translation>%1 éléments sur %2 terminés, %3 échoués ; résultats et erreurs dans %4</translation>
    </message>
    <message>
        <source>%1 items, up to %2 at once</source>
        <translation>%1 éléments, jusqu’à %2 à la fois</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>étape %1 sur %2</translation>
    </message>
    <message>
        <source>attempt %1 of %2 failed (%3: %4); </source>
        <translation>tentative %1 sur %2 échouée (%3 : %4) ; </translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>élément %1 : </translation>
    </message>
    <message>
        <source>step %1: </source>
        <translation>étape %1 : </translation>
    </message>
    <message>
        <source>next try in %1</source>
        <translation>prochain essai dans %1</translation>
    </message>
    <message>
        <source>the backend %1 is cooling down; next probe at %2</source>
        <translation>le backend %1 refroidit ; prochain test à %2</translation>
    </message>
    <message>
        <source>the backend %1 has no requests left until %2</source>
        <translation>le backend %1 n’a plus de requêtes jusqu’à %2</translation>
    </message>
    <message>
        <source>waiting for a probe of the backend %1</source>
        <translation>attend un test du backend %1</translation>
    </message>
    <message>
        <source>the backend %1 recovered; resuming in turn</source>
        <translation>le backend %1 est rétabli ; reprise à son tour</translation>
    </message>
    <message>
        <source>check the API key for provider %1: %2</source>
        <translation>vérifiez la clé d’API du fournisseur %1 : %2</translation>
    </message>
    <message>
        <source>model %1 was not found at %2 — switch model: %3</source>
        <translation>le modèle %1 est introuvable sur %2 — changez de modèle : %3</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 was refused: %2</source>
        <translation>le certificat TLS de %1 a été refusé : %2</translation>
    </message>
    <message>
        <source>quota exhausted — add credit or switch provider: %1</source>
        <translation>quota épuisé — ajoutez du crédit ou changez de fournisseur : %1</translation>
    </message>
    <message>
        <source>the request was rejected: %1</source>
        <translation>la requête a été rejetée : %1</translation>
    </message>
    <message>
        <source>retry budget exhausted on %1 after %2 attempts in %3; last: %4: %5</source>
        <translation>budget de nouvel essai épuisé pour %1 après %2 tentatives en %3 ; dernière : %4 : %5</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>l’élément %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>l’étape %1</translation>
    </message>
    <message>
        <source>; resumes by itself at %1</source>
        <translation> ; reprend d’elle-même à %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>the backend %1 is rate-limited to %n request(s) at once; waiting for a free place</source>
        <translation>
            <numerusform>le backend %1 est limité en débit à %n requête à la fois ; en attente d’une place libre</numerusform>
            <numerusform>le backend %1 est limité en débit à %n requêtes à la fois ; en attente d’une place libre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks to wait until %2, longer than the step&apos;s time budget; resumes by itself then: %3: %4</source>
        <translation>%1 demande d’attendre jusqu’à %2, plus longtemps que le budget de temps de l’étape ; reprend d’elle-même à ce moment : %3 : %4</translation>
    </message>
    <message>
        <source>the background response %1 is gone (%2); the step is sent again</source>
        <translation>la réponse en arrière-plan %1 n’existe plus (%2) ; l’étape est renvoyée</translation>
    </message>
    <message>
        <source>the cost of %1 is not known, so its spend cap cannot be kept: give its price in the settings file&apos;s &quot;prices&quot;, or take max_cost_usd out of the task&apos;s budget</source>
        <translation>le coût de %1 n’est pas connu, donc son plafond de dépense ne peut être tenu : indiquez son prix dans &quot;prices&quot; du fichier de réglages, ou retirez max_cost_usd du budget de la tâche</translation>
    </message>
    <message>
        <source>spend cap reached: %1 of %2 spent; raise the cap to go on</source>
        <translation>plafond de dépense atteint : %1 sur %2 dépensés ; relevez le plafond pour continuer</translation>
    </message>
    <message>
        <source>spend cap reached: %1 of %2 tokens used; raise the cap to go on</source>
        <translation>plafond de dépense atteint : %1 jetons utilisés sur %2 ; relevez le plafond pour continuer</translation>
    </message>
    <message>
        <source>at the cost so far, the task will need about %1 and stop at its cap of %2</source>
        <translation>au coût actuel, la tâche aura besoin d’environ %1 et s’arrêtera à son plafond de %2</translation>
    </message>
    <message>
        <source>at the tokens so far, the task will need about %1 and stop at its cap of %2</source>
        <translation>au nombre de jetons actuel, la tâche aura besoin d’environ %1 et s’arrêtera à son plafond de %2</translation>
    </message>
    <message>
        <source>switch to a faster model, or raise the batch&apos;s concurrency (now %1)</source>
        <translation>passez à un modèle plus rapide, ou augmentez la concurrence du lot (actuellement %1)</translation>
    </message>
    <message>
        <source>switch to a faster model</source>
        <translation>passez à un modèle plus rapide</translation>
    </message>
    <message>
        <source>at its pace so far the task ends about %1, after its deadline %2: %3</source>
        <translation>au rythme actuel la tâche se termine vers %1, après son échéance %2 : %3</translation>
    </message>
    <message>
        <source>cancelled with the task; its provider batch was asked to stop</source>
        <translation>annulé avec la tâche ; son lot chez le fournisseur a été prié de s’arrêter</translation>
    </message>
    <message>
        <source>one being created</source>
        <translation>un en cours de création</translation>
    </message>
    <message numerus="yes">
        <source>%1 items in %n provider batch(es): %2</source>
        <translation>
            <numerusform>%1 éléments dans %n lot du fournisseur : %2</numerusform>
            <numerusform>%1 éléments dans %n lots du fournisseur : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>retry budget exhausted on item %1 after %2 attempts; last: %3: %4</source>
        <translation>budget de nouvelles tentatives épuisé pour l’élément %1 après %2 tentatives ; dernière : %3 : %4</translation>
    </message>
    <message>
        <source>the checkpoint store cannot be reached: %1; the task goes on once it is back</source>
        <translation>le magasin de points de reprise est injoignable : %1 ; la tâche reprend dès qu&apos;il revient</translation>
    </message>
    <message>
        <source>%1; the other Vigils sharing the task go on with it</source>
        <translation>%1 ; les autres Vigils qui partagent la tâche la poursuivent</translation>
    </message>
</context>
<context>
    <name>vigil::TrayIcon</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retrying</source>
        <translation>
            <numerusform>%n en nouvel essai</numerusform>
            <numerusform>%n en nouvel essai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n a besoin de vous</numerusform>
            <numerusform>%n ont besoin de vous</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigil — nothing running</source>
        <translation>Vigil — rien en cours</translation>
    </message>
    <message>
        <source>Vigil — %1</source>
        <translation>Vigil — %1</translation>
    </message>
    <message>
        <source>Resume “%1”</source>
        <translation>Reprendre « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n more paused in the window…</source>
        <translation>
            <numerusform>%n autre en pause dans la fenêtre…</numerusform>
            <numerusform>%n autres en pause dans la fenêtre…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Tout mettre en pause</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Show Vigil</source>
        <translation>Afficher Vigil</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Vigil keeps working</source>
        <translation>Vigil continue de travailler</translation>
    </message>
    <message>
        <source>Vigil is still running in the tray and tells you when a task needs you. Quit from the tray menu.</source>
        <translation>Vigil tourne toujours dans la zone de notification et vous prévient quand une tâche a besoin de vous. Quittez depuis son menu.</translation>
    </message>
</context>
</TS>
