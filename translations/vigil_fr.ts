<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
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
</context>
<context>
    <name>Theme</name>
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
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réussie</translation>
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
    <name>main</name>
    <message>
        <source>Vigil cannot start: %1</source>
        <translation>Vigil ne peut pas démarrer : %1</translation>
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
        <source>no task %1</source>
        <translation>pas de tâche %1</translation>
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
        <source> (offline; not charged)</source>
        <translation> (hors ligne ; non décompté)</translation>
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
