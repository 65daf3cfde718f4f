<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityChart</name>
    <message>
        <source>Nothing sent yet</source>
        <translation>Noch nichts gesendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attempts from %1 to %2 — %3; %4</source>
        <translation>Versuche von %1 bis %2 — %3; %4</translation>
    </message>
    <message>
        <source>none ended</source>
        <translation>keiner beendet</translation>
    </message>
    <message>
        <source>Attempts, waits and cost over time</source>
        <translation>Versuche, Wartezeiten und Kosten im Zeitverlauf</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>held back by a backend</source>
        <translation>von einem Backend zurückgehalten</translation>
    </message>
    <message>
        <source>cost so far</source>
        <translation>bisherige Kosten</translation>
    </message>
</context>
<context>
    <name>AttemptTimeline</name>
    <message>
        <source>in flight</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>kein HTTP-Status</translation>
    </message>
    <message>
        <source>Step %1, attempt %2 — %3 — %4, %5</source>
        <translation>Schritt %1, Versuch %2 — %3 — %4, %5</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message numerus="yes">
        <source>Attempt timeline, %n attempt(s)</source>
        <translation>
            <numerusform>Verlauf der Versuche, %n Versuch</numerusform>
            <numerusform>Verlauf der Versuche, %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-attached to the response the provider went on generating, after its event %1: not paid for again</source>
        <translation>Wieder an die Antwort angehängt, die der Anbieter weiter erzeugt hat, nach ihrem Ereignis %1: nicht noch einmal bezahlt</translation>
    </message>
    <message>
        <source>Service tier: %1</source>
        <translation>Service-Stufe: %1</translation>
    </message>
    <message>
        <source>What arrived before the stream broke (kept for you to read; not the output): %1</source>
        <translation>Was vor dem Abbruch des Streams ankam (zum Nachlesen aufbewahrt; nicht die Ausgabe): %1</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>While you were away</source>
        <translation>Während Sie weg waren</translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
</context>
<context>
    <name>BackendsBar</name>
    <message>
        <source>waiting for its announced limit to reset</source>
        <translation>wartet, bis sich das angekündigte Limit zurücksetzt</translation>
    </message>
    <message>
        <source>at capacity</source>
        <translation>ausgelastet</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>durch Ratenlimit gebremst</translation>
    </message>
    <message>
        <source>quota exhausted</source>
        <translation>Kontingent erschöpft</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>kühlt ab</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %3; %n step(s) waiting</source>
        <translation>
            <numerusform>%1 auf %2: %3; %n Schritt wartet</numerusform>
            <numerusform>%1 auf %2: %3; %n Schritte warten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>the next request tests it</source>
        <translation>die nächste Anfrage prüft es</translation>
    </message>
    <message>
        <source>next probe</source>
        <translation>nächste Probe</translation>
    </message>
    <message>
        <source>Probe now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Probe %1 now</source>
        <translation>%1 jetzt prüfen</translation>
    </message>
    <message numerus="yes">
        <source>rate-limited; up to %n request(s) at once</source>
        <translation>
            <numerusform>durch Ratenlimit gebremst; höchstens %n Anfrage gleichzeitig</numerusform>
            <numerusform>durch Ratenlimit gebremst; höchstens %n Anfragen gleichzeitig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write JSON-line events to FILE, or - for stdout.</source>
        <translation>Schreibt Ereignisse als JSON-Zeilen in FILE, oder mit - auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>The settings file (providers, retry figures).</source>
        <translation>Die Einstellungsdatei (Anbieter, Wiederholungswerte).</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <source>no tasks</source>
        <translation>keine Aufgaben</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>FORTSCHRITT</translation>
    </message>
    <message>
        <source>ATTEMPT</source>
        <translation>VERSUCH</translation>
    </message>
    <message>
        <source>NEXT RETRY</source>
        <translation>NÄCHSTER VERSUCH</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>resumes %1</source>
        <translation>weiter %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>task %1: %2 (batch)</source>
        <translation>Aufgabe %1: %2 (Stapel)</translation>
    </message>
    <message>
        <source>task %1: %2 (conversation)</source>
        <translation>Aufgabe %1: %2 (Unterhaltung)</translation>
    </message>
    <message>
        <source>state: %1 — %2</source>
        <translation>Zustand: %1 — %2</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>TEXT OR ERROR</source>
        <translation>TEXT ODER FEHLER</translation>
    </message>
    <message>
        <source>attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>step %1 #%2</source>
        <translation>Schritt %1 #%2</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>next try after %1 ms</source>
        <translation>nächster Versuch nach %1 ms</translation>
    </message>
    <message>
        <source>The running Vigil&apos;s control socket.</source>
        <translation>Der Steuer-Socket des laufenden Vigil.</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>Gibt die Antwort als JSON aus.</translation>
    </message>
    <message>
        <source>switch-model: the configured provider that offers MODEL.</source>
        <translation>switch-model: der eingerichtete Anbieter, der MODEL anbietet.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>%n Argument erwartet</numerusform>
            <numerusform>%n Argumente erwartet</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task id</source>
        <translation>„%1“ ist keine Aufgaben-ID</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>handed to the running Vigil as task %1</source>
        <translation>dem laufenden Vigil als Aufgabe %1 übergeben</translation>
    </message>
    <message>
        <source>cannot open the event log %1: %2</source>
        <translation>das Ereignisprotokoll %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>API-Schlüssel für %1: </translation>
    </message>
    <message>
        <source>takes one name, as in: %1</source>
        <translation>erwartet einen Namen, etwa: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key name: 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>„%1“ ist kein Schlüsselname: 1 bis 100 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>no key was given on standard input</source>
        <translation>auf der Standardeingabe kam kein Schlüssel an</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is in the keychain; providers use it with &quot;api_key_keychain&quot;: &quot;%1&quot;.</source>
        <translation>Der Schlüssel „%1“ liegt im Schlüsselbund; Anbieter verwenden ihn mit &quot;api_key_keychain&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is no longer in the keychain.</source>
        <translation>Der Schlüssel „%1“ ist nicht mehr im Schlüsselbund.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>%1: %2/%3 items done</source>
        <translation>%1: %2/%3 Einträge erledigt</translation>
    </message>
    <message>
        <source>%1: %2/%3 steps done</source>
        <translation>%1: %2/%3 Schritte erledigt</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>%1 in flight on %2</source>
        <translation>%1 unterwegs bei %2</translation>
    </message>
    <message>
        <source>step %1, attempt %2 of %3 on %4</source>
        <translation>Schritt %1, Versuch %2 von %3 bei %4</translation>
    </message>
    <message>
        <source>Runs one task to its end without a window.</source>
        <translation>Führt eine Aufgabe ohne Fenster bis zu ihrem Ende aus.</translation>
    </message>
    <message>
        <source>The task file (JSON).</source>
        <translation>Die Aufgabendatei (JSON).</translation>
    </message>
    <message>
        <source>expected exactly one task file</source>
        <translation>erwartet genau eine Aufgabendatei</translation>
    </message>
    <message>
        <source>The control socket.</source>
        <translation>Der Steuer-Socket.</translation>
    </message>
    <message>
        <source>another Vigil is already running (its socket is %1)</source>
        <translation>ein anderes Vigil läuft bereits (sein Socket ist %1)</translation>
    </message>
    <message>
        <source>task %1 cannot continue: %2</source>
        <translation>Aufgabe %1 kann nicht fortfahren: %2</translation>
    </message>
    <message numerus="yes">
        <source>listening at %1 with %2; %n task(s) continued</source>
        <translation>
            <numerusform>lauscht auf %1 mit %2; %n Aufgabe fortgesetzt</numerusform>
            <numerusform>lauscht auf %1 mit %2; %n Aufgaben fortgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>backend: %1 — %2</source>
        <translation>Backend: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>; rate-limited to %n request(s) at once</source>
        <translation>
            <numerusform>; durch Ratenlimit auf %n Anfrage gleichzeitig begrenzt</numerusform>
            <numerusform>; durch Ratenlimit auf %n Anfragen gleichzeitig begrenzt</numerusform>
        </translation>
    </message>
    <message>
        <source>; next probe %1</source>
        <translation>; nächste Probe %1</translation>
    </message>
    <message>
        <source>Let the computer sleep while tasks work (by default logind&apos;s sleep and idle inhibitor is held until no work is left).</source>
        <translation>Den Computer schlafen lassen, während Aufgaben arbeiten (standardmäßig wird der Schlaf- und Leerlauf-Inhibitor von logind gehalten, bis keine Arbeit mehr übrig ist).</translation>
    </message>
    <message>
        <source>%1 tokens, %2</source>
        <translation>%1 Tokens, %2</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>SPENT</source>
        <translation>AUSGEGEBEN</translation>
    </message>
    <message>
        <source>spent: %1 (input %2, cached %3, output %4)</source>
        <translation>ausgegeben: %1 (Eingabe %2, zwischengespeichert %3, Ausgabe %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) at a price not known</source>
        <translation>
            <numerusform>%n Versuch zu unbekanntem Preis</numerusform>
            <numerusform>%n Versuche zu unbekanntem Preis</numerusform>
        </translation>
    </message>
    <message>
        <source>shipped prices as of %1</source>
        <translation>mitgelieferte Preise vom %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>spend cap: %1</source>
        <translation>Ausgabenlimit: %1</translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens, %3</source>
        <translation>%1 ein / %2 aus Tokens, %3</translation>
    </message>
    <message>
        <source>set-budget: the most the task may cost, in US dollars.</source>
        <translation>set-budget: was die Aufgabe höchstens kosten darf, in US-Dollar.</translation>
    </message>
    <message>
        <source>set-budget: the most tokens the task may use.</source>
        <translation>set-budget: wie viele Tokens die Aufgabe höchstens verbrauchen darf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
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
        <translation>Aufruf:
  vigil run TASK.json [--db PATH] [--events FILE|-] [--settings PATH]
        [--allow-sleep]
      Führt eine Aufgabe ohne Fenster bis zu ihrem Ende aus.
      Exit-Status: 0 abgeschlossen, 1 konnte nicht laufen (Speicher oder
      Ereignisprotokoll), 2 fehlerhafte Eingabe, 3 fehlgeschlagen, 4 pausiert,
      5 ein Stapel mit fehlgeschlagenen Einträgen.
  vigil serve [TASK.json...] [--db PATH] [--socket PATH] [--events FILE|-]
        [--settings PATH] [--allow-sleep]
      Führt die Engine und ihren Steuer-Socket ohne Fenster aus und fügt die
      angegebenen Aufgabendateien hinzu; läuft schon ein Vigil, erhält es sie.
      Beide halten den Computer wach, solange Aufgaben arbeiten (Inhibitor
      von logind), außer mit --allow-sleep.
  vigil list [--json] | add TASK.json | show ID [--json] | pause ID | resume ID
        | retry-now ID | switch-model ID MODEL [--provider NAME] | cancel ID
        | set-budget ID [--max-cost USD] [--max-tokens N] [--socket PATH]
      Wirkt auf das laufende Vigil. Exit-Status: 0 erledigt, 1 keines läuft,
      2 abgelehnt (die Meldung sagt, warum).
  vigil set-key NAME | remove-key NAME
      Legt den von der Standardeingabe gelesenen API-Schlüssel im Schlüsselbund
      des Systems ab (oder entfernt ihn); ein Anbieter verwendet ihn mit
      &quot;api_key_keychain&quot;: &quot;NAME&quot;.
      Exit-Status: 0 erledigt, 1 der Schlüsselbund versagte, 2 falscher Aufruf.
  vigil --version
</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1 ausgegeben</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (zu spät)</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>expected end: %1</source>
        <translation>voraussichtliches Ende: %1</translation>
    </message>
    <message>
        <source>deadline: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>Ende etwa %1</translation>
    </message>
    <message>
        <source>provider batches:</source>
        <translation>Anbieter-Batches:</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>BATCH</translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation>RUNDE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DONE / FAILED / EXPIRED / OF</source>
        <translation>FERTIG / FEHLER / ABGELAUFEN / VON</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>noch nicht angelegt</translation>
    </message>
    <message>
        <source>The checkpoint store: a file, or a postgresql:// URL.</source>
        <translation>Der Checkpoint-Speicher: eine Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>run now by: %1</source>
        <translation>läuft gerade bei: %1</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Configure a provider in Settings first.</source>
        <translation>Richten Sie zuerst in den Einstellungen einen Anbieter ein.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Name der Aufgabe</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>One prompt per line; each is a turn of the conversation</source>
        <translation>Ein Prompt pro Zeile; jeder ist ein Zug der Unterhaltung</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Züge</translation>
    </message>
    <message>
        <source>Items (JSONL)</source>
        <translation>Einträge (JSONL)</translation>
    </message>
    <message>
        <source>a file of JSON lines</source>
        <translation>eine Datei mit JSON-Zeilen</translation>
    </message>
    <message>
        <source>Items file</source>
        <translation>Datei der Einträge</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Summarise: {{text}}</source>
        <translation>Zusammenfassen: {{text}}</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Prompt-Vorlage</translation>
    </message>
    <message>
        <source>Results to</source>
        <translation>Ergebnisse nach</translation>
    </message>
    <message>
        <source>beside the items, .out.jsonl</source>
        <translation>neben den Einträgen, .out.jsonl</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Gleichzeitig</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>Items of the batch</source>
        <translation>Einträge des Stapels</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>JSON-Zeilen (*.jsonl *.json)</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 min %2 s</source>
        <translation>in %1 min %2 s</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>Vigil — %n task(s) need you</source>
        <translation>
            <numerusform>Vigil — %n Aufgabe braucht Sie</numerusform>
            <numerusform>Vigil — %n Aufgaben brauchen Sie</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Aufgabe hinzufügen…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Neue Aufgabe…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Show tasks in state</source>
        <translation>Aufgaben im Zustand zeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Show tasks whose last error is</source>
        <translation>Aufgaben mit letztem Fehler zeigen</translation>
    </message>
    <message>
        <source>Any error</source>
        <translation>Jeder Fehler</translation>
    </message>
    <message>
        <source>Search names, models, errors (Ctrl+F)</source>
        <translation>Namen, Modelle, Fehler suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>%1 running · %2 retrying · %3 need you</source>
        <translation>%1 laufen · %2 wiederholen · %3 brauchen Sie</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Switch model…</source>
        <translation>Modell wechseln…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Abbrechen…</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No tasks yet. Add a task file with Add task… (Ctrl+O).</source>
        <translation>Noch keine Aufgaben. Fügen Sie eine Aufgabendatei mit „Aufgabe hinzufügen…“ (Strg+O) hinzu.</translation>
    </message>
    <message>
        <source>No task matches the filters.</source>
        <translation>Keine Aufgabe passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Add a task file</source>
        <translation>Aufgabendatei hinzufügen</translation>
    </message>
    <message>
        <source>Task files (*.json)</source>
        <translation>Aufgabendateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n task(s)?</source>
        <translation>
            <numerusform>%n Aufgabe abbrechen?</numerusform>
            <numerusform>%n Aufgaben abbrechen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts in flight are stopped. Completed steps and outputs are kept.</source>
        <translation>Laufende Versuche werden gestoppt. Fertige Schritte und Ausgaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Quit Vigil?</source>
        <translation>Vigil beenden?</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) are still working. They stop now and continue when Vigil starts again.</source>
        <translation>
            <numerusform>%n Aufgabe arbeitet noch. Sie stoppt jetzt und macht beim nächsten Start von Vigil weiter.</numerusform>
            <numerusform>%n Aufgaben arbeiten noch. Sie stoppen jetzt und machen beim nächsten Start von Vigil weiter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Zwischengespeicherte Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1: model of price %2</source>
        <translation>%1: Modell von Preis %2</translation>
    </message>
    <message>
        <source>%1: %2 price of %3, US dollars per million tokens</source>
        <translation>%1: %2-Preis von %3, US-Dollar pro Million Tokens</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the price of %1</source>
        <translation>Preis von %1 entfernen</translation>
    </message>
    <message>
        <source>Add a price</source>
        <translation>Preis hinzufügen</translation>
    </message>
</context>
<context>
    <name>ProviderBatchList</name>
    <message>
        <source>not created</source>
        <translation>nicht angelegt</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>noch nicht angelegt</translation>
    </message>
    <message>
        <source>%1 · repair %2</source>
        <translation>%1 · Nachbesserung %2</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed, %4 expired</source>
        <translation>%1 von %2 erledigt, %3 fehlgeschlagen, %4 abgelaufen</translation>
    </message>
    <message>
        <source>created %1, ended %2</source>
        <translation>angelegt %1, beendet %2</translation>
    </message>
    <message>
        <source>created %1, expires %2</source>
        <translation>angelegt %1, läuft ab %2</translation>
    </message>
    <message>
        <source>Provider batches: %1 of %2 requests done</source>
        <translation>Anbieter-Batches: %1 von %2 Anfragen erledigt</translation>
    </message>
    <message numerus="yes">
        <source>Provider batches — %1 of %2 requests done in %n batch(es)</source>
        <translation>
            <numerusform>Anbieter-Batches — %1 von %2 Anfragen erledigt in %n Batch</numerusform>
            <numerusform>Anbieter-Batches — %1 von %2 Anfragen erledigt in %n Batches</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider batch id</source>
        <translation>ID des Anbieter-Batches</translation>
    </message>
    <message>
        <source>Progress of the provider batch</source>
        <translation>Fortschritt des Anbieter-Batches</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Not reachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) offered</source>
        <translation>
            <numerusform>Verbunden: %n Modell angeboten</numerusform>
            <numerusform>Verbunden: %n Modelle angeboten</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected (the provider gives no model list)</source>
        <translation>Verbunden (der Anbieter nennt keine Modellliste)</translation>
    </message>
    <message>
        <source>The keychain refused the key: %1</source>
        <translation>Der Schlüsselbund hat den Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>The key is in the keychain as “%1”; Save to use it.</source>
        <translation>Der Schlüssel liegt als „%1“ im Schlüsselbund; Speichern, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>provider%1</source>
        <translation>anbieter%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Name des Anbieters</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>model-a, model-b (optional)</source>
        <translation>modell-a, modell-b (optional)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key, kept in the keychain as “%1”</source>
        <translation>API-Schlüssel, im Schlüsselbund als „%1“</translation>
    </message>
    <message>
        <source>API key: paste it to keep it in the keychain</source>
        <translation>API-Schlüssel: einfügen, um ihn im Schlüsselbund abzulegen</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Im Schlüsselbund ablegen</translation>
    </message>
    <message>
        <source>…or variable</source>
        <translation>…oder Variable</translation>
    </message>
    <message>
        <source>an environment variable holding the key</source>
        <translation>eine Umgebungsvariable mit dem Schlüssel</translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation>Umgebungsvariable mit dem Schlüssel</translation>
    </message>
    <message>
        <source>Save and test connection</source>
        <translation>Speichern und Verbindung testen</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>Frage den Anbieter…</translation>
    </message>
    <message>
        <source>Retry figures for every task</source>
        <translation>Wiederholungswerte für jede Aufgabe</translation>
    </message>
    <message>
        <source>Attempts per step</source>
        <translation>Versuche pro Schritt</translation>
    </message>
    <message>
        <source>Minutes per step</source>
        <translation>Minuten pro Schritt</translation>
    </message>
    <message>
        <source>First byte within (s)</source>
        <translation>Erstes Byte binnen (s)</translation>
    </message>
    <message>
        <source>Seconds to the first byte</source>
        <translation>Sekunden bis zum ersten Byte</translation>
    </message>
    <message>
        <source>Silent stream cut after (s)</source>
        <translation>Stummer Stream beendet nach (s)</translation>
    </message>
    <message>
        <source>Seconds of silence in a stream</source>
        <translation>Sekunden Stille in einem Stream</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Notify when a task pauses</source>
        <translation>Benachrichtigen, wenn eine Aufgabe pausiert</translation>
    </message>
    <message>
        <source>Notify when a task fails</source>
        <translation>Benachrichtigen, wenn eine Aufgabe fehlschlägt</translation>
    </message>
    <message>
        <source>Notify when a batch finishes</source>
        <translation>Benachrichtigen, wenn ein Stapel fertig ist</translation>
    </message>
    <message>
        <source>Keep the computer awake while tasks run</source>
        <translation>Computer wach halten, solange Aufgaben laufen</translation>
    </message>
    <message>
        <source>Start Vigil with the session</source>
        <translation>Vigil mit der Sitzung starten</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Saved in %1, which `vigil` reads too.</source>
        <translation>Gespeichert in %1, das auch `vigil` liest.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Daily cap for all tasks, US dollars</source>
        <translation>Tagesgrenze für alle Aufgaben, US-Dollar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Daily spend cap for all tasks, in US dollars</source>
        <translation>Tägliche Ausgabengrenze für alle Aufgaben, in US-Dollar</translation>
    </message>
    <message>
        <source>Prices for every provider, in US dollars per million tokens. Vigil&apos;s own table, dated %1, prices the common models at OpenAI, Anthropic and Gemini&apos;s own hosts; a price here wins over it, and a provider&apos;s own over both. A model nobody priced has no cost: it reads “cost unknown”.</source>
        <translation>Preise für jeden Anbieter, in US-Dollar pro Million Tokens. Vigils eigene Tabelle vom %1 bepreist die gängigen Modelle auf den eigenen Hosts von OpenAI, Anthropic und Gemini; ein Preis hier hat Vorrang vor ihr, der eines Anbieters vor beiden. Ein Modell ohne Preis hat keine Kosten: es zeigt „Kosten unbekannt“.</translation>
    </message>
    <message>
        <source>Every provider</source>
        <translation>Jeder Anbieter</translation>
    </message>
    <message>
        <source>Checkpoint store</source>
        <translation>Checkpoint-Speicher</translation>
    </message>
    <message>
        <source>A file, or a PostgreSQL database as postgresql://user@host:port/database (Vigils sharing it share a batch&apos;s items). Vigil opens it at its next start, unless started with --db.</source>
        <translation>Eine Datei oder eine PostgreSQL-Datenbank als postgresql://user@host:port/database (Vigils, die sie teilen, teilen sich die Elemente eines Stapels). Vigil öffnet sie beim nächsten Start, sofern nicht mit --db gestartet.</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>A local OpenAI-/Anthropic-compatible model server with deterministic replies and scripted faults, for rehearsing Vigil&apos;s retry settings. Listens on 127.0.0.1 only.</source>
        <translation>Ein lokaler OpenAI-/Anthropic-kompatibler Modellserver mit deterministischen Antworten und geplanten Fehlern, um Vigils Wiederholungseinstellungen zu erproben. Lauscht nur auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>TCP port (0 picks a free one).</source>
        <translation>TCP-Port (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>A built-in profile (%1) or a profile JSON file.</source>
        <translation>Ein eingebautes Profil (%1) oder eine Profildatei (JSON).</translation>
    </message>
    <message>
        <source>Print the built-in profiles.</source>
        <translation>Gibt die eingebauten Profile aus.</translation>
    </message>
    <message>
        <source>cannot read the profile %1: %2</source>
        <translation>das Profil %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>not a port number</source>
        <translation>keine Portnummer</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>vigil-sim listening on %1 (profile %2)</source>
        <translation>vigil-sim lauscht auf %1 (Profil %2)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>script: unknown fault &quot;%1&quot;</source>
        <translation>script: unbekannter Fehler „%1“</translation>
    </message>
    <message>
        <source>step_scripts: unknown fault &quot;%1&quot;</source>
        <translation>step_scripts: unbekannter Fehler „%1“</translation>
    </message>
    <message>
        <source>capacity_windows: unknown response &quot;%1&quot;</source>
        <translation>capacity_windows: unbekannte Antwort „%1“</translation>
    </message>
    <message>
        <source>rate_limit: requests and window_ms must be positive</source>
        <translation>rate_limit: requests und window_ms müssen positiv sein</translation>
    </message>
    <message>
        <source>faults: unknown kind &quot;%1&quot;</source>
        <translation>faults: unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>background_retention_ms must not be negative</source>
        <translation>background_retention_ms darf nicht negativ sein</translation>
    </message>
    <message>
        <source>flex_unavailable must be between 0 and 1</source>
        <translation>flex_unavailable muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>batches: unknown key &quot;%1&quot;</source>
        <translation>batches: unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>batches: durations must not be negative, and window_ms is positive</source>
        <translation>batches: Dauern dürfen nicht negativ sein, und window_ms ist positiv</translation>
    </message>
    <message>
        <source>batches: limits must be positive</source>
        <translation>batches: Grenzen müssen positiv sein</translation>
    </message>
    <message>
        <source>batches: unknown batch fault &quot;%1&quot;</source>
        <translation>batches: unbekannter Batch-Fehler „%1“</translation>
    </message>
    <message>
        <source>batches: %1: unknown kind &quot;%2&quot;</source>
        <translation>batches: %1: unbekannte Art „%2“</translation>
    </message>
</context>
<context>
    <name>SwitchModelDialog</name>
    <message>
        <source>Switch model</source>
        <translation>Modell wechseln</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The task&apos;s own</source>
        <translation>Der eigene der Aufgabe</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Asking the provider for its models…</source>
        <translation>Frage den Anbieter nach seinen Modellen…</translation>
    </message>
    <message>
        <source>The provider&apos;s model list is not available: %1</source>
        <translation>Die Modellliste des Anbieters ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The provider gives no model list; type the model&apos;s name.</source>
        <translation>Der Anbieter nennt keine Modellliste; geben Sie den Namen des Modells ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered.</source>
        <translation>
            <numerusform>%n Modell angeboten.</numerusform>
            <numerusform>%n Modelle angeboten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <source>Select a task to see its steps and attempts.</source>
        <translation>Wählen Sie eine Aufgabe, um ihre Schritte und Versuche zu sehen.</translation>
    </message>
    <message>
        <source>%1 on %2 — %3</source>
        <translation>%1 auf %2 — %3</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Retry after fixing</source>
        <translation>Nach der Behebung erneut versuchen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Switch model…</source>
        <translation>Modell wechseln…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy for support</source>
        <translation>Für den Support kopieren</translation>
    </message>
    <message>
        <source>Copies the task and its attempts, without keys, for a support request</source>
        <translation>Kopiert die Aufgabe und ihre Versuche, ohne Schlüssel, für eine Support-Anfrage</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Output of step %1</source>
        <translation>Ausgabe von Schritt %1</translation>
    </message>
    <message>
        <source>Paused at its spend cap: $%1 of $%2 spent. New cap:</source>
        <translation>An der Ausgabengrenze pausiert: $%1 von $%2 ausgegeben. Neue Grenze:</translation>
    </message>
    <message>
        <source>Paused at its spend cap: %1 of %2 tokens used. New cap:</source>
        <translation>An der Ausgabengrenze pausiert: %1 von %2 Tokens verbraucht. Neue Grenze:</translation>
    </message>
    <message>
        <source>New cost cap in US dollars</source>
        <translation>Neue Kostengrenze in US-Dollar</translation>
    </message>
    <message>
        <source>New token cap</source>
        <translation>Neue Token-Grenze</translation>
    </message>
    <message>
        <source>Raise cap and resume</source>
        <translation>Grenze anheben und fortsetzen</translation>
    </message>
    <message>
        <source>The new cap must be above what the task has spent</source>
        <translation>Die neue Grenze muss über dem liegen, was die Aufgabe ausgegeben hat</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>Run now by: %1</source>
        <translation>Läuft gerade bei: %1</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>%1, %2, %3 of %4 steps done</source>
        <translation>%1, %2, %3 von %4 Schritten fertig</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1/%2 steps, %3 failed</source>
        <translation>%1/%2 Schritte, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1/%2 steps</source>
        <translation>%1/%2 Schritte</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>ends about %1, late</source>
        <translation>Ende etwa %1, zu spät</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>Ende etwa %1</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>Vigil</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>abgebrochen, bevor sie gesendet wurde</translation>
    </message>
    <message>
        <source>the reply exceeded %1 bytes</source>
        <translation>die Antwort überschritt %1 Bytes</translation>
    </message>
    <message>
        <source>a stream line exceeded the size limit</source>
        <translation>eine Stream-Zeile überschritt die Größengrenze</translation>
    </message>
    <message>
        <source>cannot create the folder of the output file %1</source>
        <translation>der Ordner der Ausgabedatei %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot open the output file %1: %2</source>
        <translation>die Ausgabedatei %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1: line %2: not a result of this batch; move the file away or name another output</source>
        <translation>%1: Zeile %2: kein Ergebnis dieses Stapels; verschieben Sie die Datei oder nennen Sie eine andere Ausgabe</translation>
    </message>
    <message>
        <source>%1: line %2: a second result for the item %3; move the file away or name another output</source>
        <translation>%1: Zeile %2: ein zweites Ergebnis für den Eintrag %3; verschieben Sie die Datei oder nennen Sie eine andere Ausgabe</translation>
    </message>
    <message>
        <source>cannot repair the output file %1: %2</source>
        <translation>die Ausgabedatei %1 lässt sich nicht reparieren: %2</translation>
    </message>
    <message>
        <source>cannot write the output file %1: %2</source>
        <translation>in die Ausgabedatei %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>cannot flush the output file %1 to the disk</source>
        <translation>die Ausgabedatei %1 lässt sich nicht auf die Platte schreiben</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the connection was closed or reset before the reply was complete</source>
        <translation>die Verbindung wurde geschlossen oder zurückgesetzt, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the host was not found</source>
        <translation>der Host wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation>der Proxy versagte</translation>
    </message>
    <message>
        <source>a network error</source>
        <translation>ein Netzwerkfehler</translation>
    </message>
    <message>
        <source>no stream event before the time-to-first-byte limit</source>
        <translation>kein Stream-Ereignis vor der Frist für das erste Byte</translation>
    </message>
    <message>
        <source>the stream went silent for longer than the idle limit</source>
        <translation>der Stream schwieg länger als die Leerlaufgrenze</translation>
    </message>
    <message>
        <source>the attempt ran past its time ceiling</source>
        <translation>der Versuch lief über seine Zeitobergrenze hinaus</translation>
    </message>
    <message>
        <source>the stream ended without its terminal event</source>
        <translation>der Stream endete ohne sein Schlussereignis</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no Vigil is running (nothing answers at %1); start one with `vigil serve` or the desktop app</source>
        <translation>kein Vigil läuft (unter %1 antwortet niemand); starten Sie eines mit `vigil serve` oder der Desktop-Anwendung</translation>
    </message>
    <message>
        <source>the running Vigil did not answer at %1</source>
        <translation>das laufende Vigil antwortete nicht unter %1</translation>
    </message>
    <message>
        <source>the running Vigil answered something unreadable</source>
        <translation>das laufende Vigil antwortete Unlesbares</translation>
    </message>
    <message>
        <source>another Vigil is already running (its socket is %1)</source>
        <translation>ein anderes Vigil läuft bereits (sein Socket ist %1)</translation>
    </message>
    <message>
        <source>cannot listen at %1: %2</source>
        <translation>kann nicht unter %1 lauschen: %2</translation>
    </message>
    <message>
        <source>a request is one JSON object on one line</source>
        <translation>eine Anfrage ist ein JSON-Objekt auf einer Zeile</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured in %2</source>
        <translation>in %2 ist kein Anbieter namens „%1“ eingerichtet</translation>
    </message>
    <message>
        <source>stored task %1</source>
        <translation>gespeicherte Aufgabe %1</translation>
    </message>
    <message>
        <source>models needs a configured provider&apos;s name or a task id</source>
        <translation>models braucht den Namen eines eingerichteten Anbieters oder eine Aufgaben-ID</translation>
    </message>
    <message>
        <source>switch-model needs a task id</source>
        <translation>switch-model braucht eine Aufgaben-ID</translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation>keine Aufgabe %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>%1 needs a task id</source>
        <translation>%1 braucht eine Aufgaben-ID</translation>
    </message>
    <message>
        <source>task %1 is %2 already</source>
        <translation>Aufgabe %1 ist bereits %2</translation>
    </message>
    <message>
        <source>task %1 is completed; there is nothing to resume</source>
        <translation>Aufgabe %1 ist abgeschlossen; es gibt nichts fortzusetzen</translation>
    </message>
    <message>
        <source>add needs the task file&apos;s absolute path</source>
        <translation>add braucht den absoluten Pfad der Aufgabendatei</translation>
    </message>
    <message>
        <source>task %1 was added but cannot start: %2</source>
        <translation>Aufgabe %1 wurde hinzugefügt, kann aber nicht starten: %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>stall</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000</source>
        <translation>muss eine ganze Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <source>unknown retry setting</source>
        <translation>unbekannte Wiederholungseinstellung</translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds from 1 to %1</source>
        <translation>muss eine ganze Zahl von Millisekunden von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>initial_delay_ms must not exceed max_delay_ms</source>
        <translation>initial_delay_ms darf max_delay_ms nicht übersteigen</translation>
    </message>
    <message>
        <source>capacity_initial_delay_ms must not exceed capacity_max_delay_ms</source>
        <translation>capacity_initial_delay_ms darf capacity_max_delay_ms nicht übersteigen</translation>
    </message>
    <message>
        <source>ttfb_timeout_ms and idle_timeout_ms must not exceed attempt_timeout_ms</source>
        <translation>ttfb_timeout_ms und idle_timeout_ms dürfen attempt_timeout_ms nicht übersteigen</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>waiting for the network</source>
        <translation>wartet auf das Netzwerk</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>the database is locked by another process (another Vigil on the same file?); it was left as it is</source>
        <translation>die Datenbank ist von einem anderen Prozess gesperrt (ein anderes Vigil mit derselben Datei?); sie blieb unverändert</translation>
    </message>
    <message>
        <source>the disk is full; free some space and resume</source>
        <translation>die Platte ist voll; schaffen Sie Platz und setzen Sie fort</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only (SQLite writes -wal and -shm files beside the database); make them writable or choose another with --db</source>
        <translation>die Datenbankdatei oder ihr Ordner ist schreibgeschützt (SQLite schreibt -wal- und -shm-Dateien neben die Datenbank); machen Sie sie beschreibbar oder wählen Sie mit --db eine andere</translation>
    </message>
    <message>
        <source>the database file is damaged; it was left as it is</source>
        <translation>die Datenbankdatei ist beschädigt; sie blieb unverändert</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>die Platte ließ sich nicht lesen oder beschreiben</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>not a readable Vigil database</source>
        <translation>keine lesbare Vigil-Datenbank</translation>
    </message>
    <message>
        <source>cannot use a write-ahead log</source>
        <translation>kann kein Write-Ahead-Log verwenden</translation>
    </message>
    <message>
        <source>journal_mode stayed %1</source>
        <translation>journal_mode blieb %1</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>die Schemaversion lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the database was written by a newer Vigil</source>
        <translation>die Datenbank wurde von einem neueren Vigil geschrieben</translation>
    </message>
    <message>
        <source>schema version %1, this Vigil knows up to %2; nothing was changed</source>
        <translation>Schemaversion %1, dieses Vigil kennt bis %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>cannot back up the database before migrating</source>
        <translation>die Datenbank lässt sich vor der Migration nicht sichern</translation>
    </message>
    <message>
        <source>cannot start a migration</source>
        <translation>eine Migration lässt sich nicht beginnen</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>Festschreiben nicht möglich</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>eine Transaktion lässt sich nicht beginnen</translation>
    </message>
    <message>
        <source>cannot look up the task</source>
        <translation>die Aufgabe lässt sich nicht nachschlagen</translation>
    </message>
    <message>
        <source>cannot load task %1</source>
        <translation>Aufgabe %1 lässt sich nicht laden</translation>
    </message>
    <message>
        <source>cannot load the steps of task %1</source>
        <translation>die Schritte der Aufgabe %1 lassen sich nicht laden</translation>
    </message>
    <message>
        <source>cannot create the task</source>
        <translation>die Aufgabe lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot create the steps</source>
        <translation>die Schritte lassen sich nicht anlegen</translation>
    </message>
    <message>
        <source>cannot update the task</source>
        <translation>die Aufgabe lässt sich nicht aktualisieren</translation>
    </message>
    <message>
        <source>cannot record the task state</source>
        <translation>der Zustand der Aufgabe lässt sich nicht festhalten</translation>
    </message>
    <message>
        <source>cannot reset the retry budget</source>
        <translation>das Wiederholungsbudget lässt sich nicht zurücksetzen</translation>
    </message>
    <message>
        <source>cannot credit waiting time</source>
        <translation>die Wartezeit lässt sich nicht gutschreiben</translation>
    </message>
    <message>
        <source>cannot refund the attempt</source>
        <translation>der Versuch lässt sich nicht zurückbuchen</translation>
    </message>
    <message>
        <source>cannot record the attempt</source>
        <translation>der Versuch lässt sich nicht festhalten</translation>
    </message>
    <message>
        <source>cannot record the end of attempt %1</source>
        <translation>das Ende von Versuch %1 lässt sich nicht festhalten</translation>
    </message>
    <message>
        <source>cannot record the step</source>
        <translation>der Schritt lässt sich nicht festhalten</translation>
    </message>
    <message>
        <source>interrupted: Vigil stopped while this attempt was in flight</source>
        <translation>unterbrochen: Vigil wurde beendet, während dieser Versuch lief</translation>
    </message>
    <message>
        <source>cannot close interrupted attempts</source>
        <translation>unterbrochene Versuche lassen sich nicht abschließen</translation>
    </message>
    <message>
        <source>cannot list the tasks</source>
        <translation>die Aufgaben lassen sich nicht auflisten</translation>
    </message>
    <message>
        <source>cannot read the attempts</source>
        <translation>die Versuche lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>unbekannter Schlüssel (erwartet wird einer von: %1)</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>keys do not belong in task or settings files; store the key with `vigil set-key NAME` and give &quot;api_key_keychain&quot;: &quot;NAME&quot;, or put it in an environment variable and name it in api_key_env</source>
        <translation>Schlüssel gehören nicht in Aufgaben- oder Einstellungsdateien; legen Sie den Schlüssel mit `vigil set-key NAME` ab und geben Sie &quot;api_key_keychain&quot;: &quot;NAME&quot; an, oder legen Sie ihn in eine Umgebungsvariable und nennen Sie diese in api_key_env</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of openai-chat, openai-responses, anthropic-messages</source>
        <translation>„%1“ ist keines von openai-chat, openai-responses, anthropic-messages</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name</source>
        <translation>„%1“ ist kein Name einer Umgebungsvariablen</translation>
    </message>
    <message>
        <source>api_key_env and api_key_keychain both name a key; keep the one that holds it</source>
        <translation>api_key_env und api_key_keychain nennen beide einen Schlüssel; behalten Sie den, der ihn enthält</translation>
    </message>
    <message>
        <source>must be 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>muss 1 bis 100 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; lang sein</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>muss ein Array von Zeichenketten sein, nicht %1</translation>
    </message>
    <message>
        <source>must hold at least one turn</source>
        <translation>muss mindestens einen Wortwechsel enthalten</translation>
    </message>
    <message>
        <source>must not be the input file</source>
        <translation>darf nicht die Eingabedatei sein</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 256</source>
        <translation>muss eine ganze Zahl von 1 bis 256 sein</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a task file holds one JSON object</source>
        <translation>eine Aufgabendatei enthält ein JSON-Objekt</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured in %2; configure it there, or give base_url and protocol here instead</source>
        <translation>in %2 ist kein Anbieter namens „%1“ eingerichtet; richten Sie ihn dort ein oder geben Sie hier base_url und protocol an</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured; give base_url and protocol here instead</source>
        <translation>kein Anbieter namens „%1“ ist eingerichtet; geben Sie hier base_url und protocol an</translation>
    </message>
    <message>
        <source>a task has turns or a batch, not both</source>
        <translation>eine Aufgabe hat Wortwechsel oder einen Stapel, nicht beides</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000</source>
        <translation>muss eine ganze Zahl von 1 bis 1000000 sein</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>settings are one JSON object</source>
        <translation>Einstellungen sind ein JSON-Objekt</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names another provider already</source>
        <translation>„%1“ benennt bereits einen anderen Anbieter</translation>
    </message>
    <message>
        <source>must be an array of model names</source>
        <translation>muss ein Array von Modellnamen sein</translation>
    </message>
    <message>
        <source>larger than 64 MiB</source>
        <translation>größer als 64 MiB</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>longer than 16 MiB</source>
        <translation>länger als 16 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at column %1: %2</source>
        <translation>kein gültiges JSON in Spalte %1: %2</translation>
    </message>
    <message>
        <source>each line must hold one JSON object</source>
        <translation>jede Zeile muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a non-empty string or a whole number</source>
        <translation>&quot;id&quot; muss eine nicht leere Zeichenkette oder eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>the id %1 was already used on line %2</source>
        <translation>die ID %1 wurde schon in Zeile %2 verwendet</translation>
    </message>
    <message>
        <source>the template needs the field &quot;%1&quot;, which this item lacks</source>
        <translation>die Vorlage braucht das Feld „%1“, das diesem Eintrag fehlt</translation>
    </message>
    <message>
        <source>the rendered prompt is empty</source>
        <translation>der gefüllte Prompt ist leer</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>holds no items</source>
        <translation>enthält keine Einträge</translation>
    </message>
    <message>
        <source>the keychain holds no key named &quot;%1&quot;; store it with `vigil set-key %1`</source>
        <translation>der Schlüsselbund enthält keinen Schlüssel namens „%1“; legen Sie ihn mit `vigil set-key %1` ab</translation>
    </message>
    <message>
        <source>no keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet on the session bus): %1</source>
        <translation>kein Schlüsselbund verfügbar (unter Linux: ein Secret Service wie GNOME Keyring oder KWallet auf dem Sitzungsbus): %1</translation>
    </message>
    <message>
        <source>the keychain refused access to &quot;%1&quot;: %2</source>
        <translation>der Schlüsselbund verweigerte den Zugriff auf „%1“: %2</translation>
    </message>
    <message>
        <source>the keychain failed on &quot;%1&quot;: %2 (is a keychain service such as GNOME Keyring or KWallet running in this session?)</source>
        <translation>der Schlüsselbund versagte bei „%1“: %2 (läuft in dieser Sitzung ein Schlüsselbunddienst wie GNOME Keyring oder KWallet?)</translation>
    </message>
    <message>
        <source>the server redirected to %1 (HTTP %2); Vigil sends a task&apos;s requests and its API key only to its base_url: if the provider has moved, change base_url</source>
        <translation>der Server leitete nach %1 um (HTTP %2); Vigil sendet die Anfragen einer Aufgabe und ihren API-Schlüssel nur an ihre base_url: ist der Anbieter umgezogen, ändern Sie base_url</translation>
    </message>
    <message>
        <source>probe_initial_delay_ms must not exceed probe_max_delay_ms</source>
        <translation>probe_initial_delay_ms darf probe_max_delay_ms nicht übersteigen</translation>
    </message>
    <message>
        <source> (offline; not charged)</source>
        <translation> (offline; nicht angerechnet)</translation>
    </message>
    <message>
        <source>attempt %1 is not armed</source>
        <translation>Versuch %1 ist nicht vorbereitet</translation>
    </message>
    <message>
        <source>cannot withdraw the attempts not sent</source>
        <translation>die nicht gesendeten Versuche lassen sich nicht zurückziehen</translation>
    </message>
    <message>
        <source>interrupted: Vigil stopped as this attempt was about to be sent; it may not have reached the backend</source>
        <translation>unterbrochen: Vigil wurde beendet, als dieser Versuch gerade gesendet werden sollte; er hat das Backend vielleicht nicht erreicht</translation>
    </message>
    <message>
        <source>cannot record the background response</source>
        <translation>die Hintergrundantwort lässt sich nicht festhalten</translation>
    </message>
    <message>
        <source>only the openai-responses protocol can re-attach to a stream; %1 has no server-side resume</source>
        <translation>nur das Protokoll openai-responses kann sich wieder an einen Stream anhängen; %1 kennt keine serverseitige Fortsetzung</translation>
    </message>
    <message>
        <source>must be the provider&apos;s name for a tier, such as &quot;flex&quot; or &quot;priority&quot;</source>
        <translation>muss der Name des Anbieters für eine Stufe sein, etwa &quot;flex&quot; oder &quot;priority&quot;</translation>
    </message>
    <message>
        <source>falls back from a service_tier other than the default; set service_tier too</source>
        <translation>fällt von einer service_tier außer der Standardstufe zurück; setzen Sie auch service_tier</translation>
    </message>
    <message>
        <source>cancelled while polling</source>
        <translation>beim Abfragen abgebrochen</translation>
    </message>
    <message>
        <source>max_cost_usd must be an amount in US dollars, more than 0</source>
        <translation>max_cost_usd muss ein Betrag in US-Dollar über 0 sein</translation>
    </message>
    <message>
        <source>max_tokens must be a whole number of tokens, 1 or more</source>
        <translation>max_tokens muss eine ganze Zahl von Tokens sein, 1 oder mehr</translation>
    </message>
    <message>
        <source>must be a price in dollars per million tokens, 0 or more</source>
        <translation>muss ein Preis in Dollar pro Million Tokens sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>must be an object with &quot;input&quot; and &quot;output&quot; prices</source>
        <translation>muss ein Objekt mit den Preisen &quot;input&quot; und &quot;output&quot; sein</translation>
    </message>
    <message>
        <source>must be an object: tier name → factor of the prices</source>
        <translation>muss ein Objekt sein: Stufenname → Faktor der Preise</translation>
    </message>
    <message>
        <source>must be a factor of the prices, more than 0</source>
        <translation>muss ein Faktor der Preise über 0 sein</translation>
    </message>
    <message>
        <source>applies only with &quot;long_prompt_over&quot;</source>
        <translation>gilt nur zusammen mit &quot;long_prompt_over&quot;</translation>
    </message>
    <message>
        <source>must be a number of prompt tokens, more than 0</source>
        <translation>muss eine Zahl von Prompt-Tokens über 0 sein</translation>
    </message>
    <message>
        <source>must be an object: model name → its prices</source>
        <translation>muss ein Objekt sein: Modellname → seine Preise</translation>
    </message>
    <message>
        <source>cannot read what the tasks spent</source>
        <translation>die Ausgaben der Aufgaben lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>must be an object with max_cost_usd, max_tokens or both, not %1</source>
        <translation>muss ein Objekt mit max_cost_usd, max_tokens oder beidem sein, nicht %1</translation>
    </message>
    <message>
        <source>give max_cost_usd, max_tokens or both</source>
        <translation>geben Sie max_cost_usd, max_tokens oder beides an</translation>
    </message>
    <message>
        <source>must be an amount in US dollars, more than 0</source>
        <translation>muss ein Betrag in US-Dollar über 0 sein</translation>
    </message>
    <message>
        <source>must be a whole number of tokens, 1 or more</source>
        <translation>muss eine ganze Zahl von Tokens sein, 1 oder mehr</translation>
    </message>
    <message>
        <source>name, models, retry and prices belong to providers in the settings file; a task&apos;s own retry figures go in $.retry</source>
        <translation>name, models, retry und prices gehören zu Anbietern in der Einstellungsdatei; die eigenen Wiederholungswerte einer Aufgabe stehen in $.retry</translation>
    </message>
    <message>
        <source>daily spend cap reached: %1 of %2 spent today by all tasks; goes on tomorrow, or raise daily_cap_usd in the settings and resume</source>
        <translation>Tageslimit für Ausgaben erreicht: %1 von %2 heute von allen Aufgaben ausgegeben; geht morgen weiter, oder erhöhen Sie daily_cap_usd in den Einstellungen und setzen Sie fort</translation>
    </message>
    <message>
        <source>must be a local time such as &quot;08:00&quot;, or an ISO 8601 date and time such as &quot;2026-12-06T08:00&quot;</source>
        <translation>muss eine Ortszeit wie &quot;08:00&quot; oder ein ISO-8601-Datum mit Uhrzeit wie &quot;2026-12-06T08:00&quot; sein</translation>
    </message>
    <message>
        <source>rate limit or quota</source>
        <translation>Ratenlimit oder Kontingent</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>network or stall</source>
        <translation>Netzwerk oder Stillstand</translation>
    </message>
    <message>
        <source>other failures</source>
        <translation>andere Fehler</translation>
    </message>
    <message>
        <source>cannot read what the tasks did</source>
        <translation>kann nicht lesen, was die Aufgaben getan haben</translation>
    </message>
    <message>
        <source>a result line without a custom_id</source>
        <translation>eine Ergebniszeile ohne custom_id</translation>
    </message>
    <message>
        <source>the answer is not a batch</source>
        <translation>die Antwort ist kein Batch</translation>
    </message>
    <message>
        <source>the batch has a status Vigil does not know: &quot;%1&quot;</source>
        <translation>der Batch hat einen Status, den Vigil nicht kennt: „%1“</translation>
    </message>
    <message>
        <source>a result line without a custom_id or a result</source>
        <translation>eine Ergebniszeile ohne custom_id oder Ergebnis</translation>
    </message>
    <message>
        <source>the batch expired before this request ran</source>
        <translation>der Batch ist abgelaufen, bevor diese Anfrage lief</translation>
    </message>
    <message>
        <source>the batch was cancelled before this request ran</source>
        <translation>der Batch wurde abgebrochen, bevor diese Anfrage lief</translation>
    </message>
    <message>
        <source>a result of a type Vigil does not know: &quot;%1&quot;</source>
        <translation>ein Ergebnis einer Art, die Vigil nicht kennt: „%1“</translation>
    </message>
    <message>
        <source>the answer is not a message batch</source>
        <translation>die Antwort ist kein Message-Batch</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>die Antwort ist kein JSON: %1</translation>
    </message>
    <message>
        <source>cancelled with its task</source>
        <translation>mit seiner Aufgabe abgebrochen</translation>
    </message>
    <message>
        <source>the provider&apos;s validation refused line %1 of batch %2: %3</source>
        <translation>die Prüfung des Anbieters lehnte Zeile %1 von Batch %2 ab: %3</translation>
    </message>
    <message>
        <source>not run: batch %1 was refused for another of its items</source>
        <translation>nicht ausgeführt: Batch %1 wurde wegen eines anderen Elements abgelehnt</translation>
    </message>
    <message>
        <source>not run: batch %1 was refused: %2</source>
        <translation>nicht ausgeführt: Batch %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>batch %1 ended with no output or error file: none of its requests has a result</source>
        <translation>Batch %1 endete ohne Ausgabe- oder Fehlerdatei: keine seiner Anfragen hat ein Ergebnis</translation>
    </message>
    <message>
        <source>batch %1 ended without a result for this item</source>
        <translation>Batch %1 endete ohne Ergebnis für dieses Element</translation>
    </message>
    <message>
        <source>the provider no longer knows batch %1</source>
        <translation>der Anbieter kennt Batch %1 nicht mehr</translation>
    </message>
    <message>
        <source>cannot record the provider batch</source>
        <translation>der Anbieter-Batch kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the provider batches</source>
        <translation>die Anbieter-Batches können nicht gelesen werden</translation>
    </message>
    <message>
        <source>must be &quot;live&quot; or &quot;provider-batch&quot;, not &quot;%1&quot;</source>
        <translation>muss „live“ oder „provider-batch“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot;, &quot;live&quot; or &quot;provider-batch&quot;, not &quot;%1&quot;</source>
        <translation>muss „auto“, „live“ oder „provider-batch“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 since %2, far longer than usual</source>
        <translation>%1 seit %2, weit länger als üblich</translation>
    </message>
    <message numerus="yes">
        <source>refused at validation for %n of its lines</source>
        <translation>
            <numerusform>bei der Prüfung für %n seiner Zeilen abgelehnt</numerusform>
            <numerusform>bei der Prüfung für %n seiner Zeilen abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>refused at validation: %1</source>
        <translation>bei der Prüfung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the provider did not answer (%1): %2; trying again</source>
        <translation>der Anbieter hat nicht geantwortet (%1): %2; neuer Versuch folgt</translation>
    </message>
    <message>
        <source>cannot migrate the database</source>
        <translation>die Datenbank lässt sich nicht migrieren</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Qts PostgreSQL-Treiber ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL: write postgresql://user@host:port/database</source>
        <translation>keine PostgreSQL-URL: schreiben Sie postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>the database server cannot be reached; is it running, and are the host and port right?</source>
        <translation>der Datenbankserver ist nicht erreichbar; läuft er, und stimmen Host und Port?</translation>
    </message>
    <message>
        <source>the database server&apos;s name is not known</source>
        <translation>der Name des Datenbankservers ist unbekannt</translation>
    </message>
    <message>
        <source>the database server did not answer in time</source>
        <translation>der Datenbankserver hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the database server refused the user or password (a password goes in ~/.pgpass or PGPASSWORD)</source>
        <translation>der Datenbankserver hat Benutzer oder Passwort abgelehnt (ein Passwort gehört in ~/.pgpass oder PGPASSWORD)</translation>
    </message>
    <message>
        <source>the database server asks for a password (put it in ~/.pgpass or PGPASSWORD)</source>
        <translation>der Datenbankserver verlangt ein Passwort (legen Sie es in ~/.pgpass oder PGPASSWORD ab)</translation>
    </message>
    <message>
        <source>the database does not exist; create it first (createdb)</source>
        <translation>die Datenbank existiert nicht; legen Sie sie zuerst an (createdb)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost</source>
        <translation>die Verbindung zum Datenbankserver ist abgerissen</translation>
    </message>
    <message>
        <source>the database server ended the connection</source>
        <translation>der Datenbankserver hat die Verbindung beendet</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full</source>
        <translation>die Festplatte des Datenbankservers ist voll</translation>
    </message>
    <message>
        <source>no store was opened</source>
        <translation>es wurde kein Speicher geöffnet</translation>
    </message>
    <message>
        <source>no step %1</source>
        <translation>kein Schritt %1</translation>
    </message>
    <message>
        <source>step %1 was taken over by another Vigil</source>
        <translation>Schritt %1 wurde von einem anderen Vigil übernommen</translation>
    </message>
    <message>
        <source>this Vigil&apos;s lease on it ran out before the step&apos;s result was written</source>
        <translation>die Lease dieses Vigil lief ab, bevor das Ergebnis des Schritts geschrieben war</translation>
    </message>
    <message>
        <source>no step for attempt %1</source>
        <translation>kein Schritt zu Versuch %1</translation>
    </message>
    <message>
        <source>its step was taken over by another Vigil while it ran (this Vigil&apos;s lease ran out); its result was not kept</source>
        <translation>sein Schritt wurde währenddessen von einem anderen Vigil übernommen (die Lease dieses Vigil lief ab); sein Ergebnis wurde verworfen</translation>
    </message>
    <message>
        <source>cannot claim steps of task %1</source>
        <translation>Schritte von Aufgabe %1 können nicht beansprucht werden</translation>
    </message>
    <message>
        <source>cannot renew the leases of task %1</source>
        <translation>die Leases von Aufgabe %1 können nicht verlängert werden</translation>
    </message>
    <message>
        <source>cannot give up the leases of task %1</source>
        <translation>die Leases von Aufgabe %1 können nicht freigegeben werden</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds, at least 1</source>
        <translation>%1 muss eine ganze Zahl von Sekunden sein, mindestens 1</translation>
    </message>
    <message>
        <source>cannot tell other Vigils</source>
        <translation>andere Vigils können nicht benachrichtigt werden</translation>
    </message>
    <message>
        <source>another Vigil sharing the store stopped task %1</source>
        <translation>ein anderes Vigil, das den Speicher teilt, hat Aufgabe %1 angehalten</translation>
    </message>
    <message>
        <source>the reply&apos;s head is too long</source>
        <translation>der Kopf der Antwort ist zu lang</translation>
    </message>
    <message>
        <source>a chunk&apos;s size cannot be read</source>
        <translation>die Größe eines Blocks ist nicht lesbar</translation>
    </message>
    <message>
        <source>a chunk does not end where its size said</source>
        <translation>ein Block endet nicht dort, wo seine Größe es sagt</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP/1</source>
        <translation>der Server antwortete nicht in HTTP/1</translation>
    </message>
    <message>
        <source>a header of the reply cannot be read</source>
        <translation>ein Header der Antwort ist nicht lesbar</translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation>der Server wechselte das Protokoll</translation>
    </message>
    <message>
        <source>the reply&apos;s Content-Length cannot be read</source>
        <translation>die Content-Length der Antwort ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
    <message>
        <source>%1, steps held: %2</source>
        <translation>%1, gehaltene Schritte: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vigil cannot start: %1</source>
        <translation>Vigil kann nicht starten: %1</translation>
    </message>
    <message>
        <source>The control socket.</source>
        <translation>Der Steuer-Socket.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>Die Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Start in the tray, without the window.</source>
        <translation>Im Infobereich starten, ohne Fenster.</translation>
    </message>
    <message>
        <source>Keeps long-running model tasks alive overnight.</source>
        <translation>Hält lang laufende Modellaufgaben über Nacht am Leben.</translation>
    </message>
    <message>
        <source>Task files to add.</source>
        <translation>Hinzuzufügende Aufgabendateien.</translation>
    </message>
    <message>
        <source>The checkpoint store: a file, or a postgresql:// URL.</source>
        <translation>Der Checkpoint-Speicher: eine Datei oder eine postgresql://-URL.</translation>
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
        <translation>%1 Tokens · %2 · %3 durch Wartezeiten verloren</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
</context>
<context>
    <name>vigil::Engine</name>
    <message>
        <source>task %1 is already running</source>
        <translation>Aufgabe %1 läuft bereits</translation>
    </message>
    <message>
        <source>the API key could not be read: </source>
        <translation>der API-Schlüssel konnte nicht gelesen werden: </translation>
    </message>
    <message>
        <source>task %1 is %2 already</source>
        <translation>Aufgabe %1 ist bereits %2</translation>
    </message>
    <message>
        <source>cancelled by the user; completed steps are kept</source>
        <translation>vom Benutzer abgebrochen; fertige Schritte bleiben erhalten</translation>
    </message>
    <message>
        <source>paused by the user; completed steps are kept</source>
        <translation>vom Benutzer pausiert; fertige Schritte bleiben erhalten</translation>
    </message>
    <message>
        <source>task %1 is %2; only a running task can be paused</source>
        <translation>Aufgabe %1 ist %2; nur eine laufende Aufgabe lässt sich pausieren</translation>
    </message>
    <message>
        <source>task %1 is %2; there is nothing left to run</source>
        <translation>Aufgabe %1 ist %2; es bleibt nichts zu tun</translation>
    </message>
    <message>
        <source>the model must not be empty</source>
        <translation>das Modell darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 is not cooling down</source>
        <translation>%1 kühlt nicht ab</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is in the keychain, and this Vigil has no keychain</source>
        <translation>der Schlüssel „%1“ liegt im Schlüsselbund, und dieses Vigil hat keinen Schlüsselbund</translation>
    </message>
    <message>
        <source>task %1 is %2; retry-now applies to a retrying, paused or failed task</source>
        <translation>Aufgabe %1 ist %2; retry-now gilt für eine wiederholende, pausierte oder fehlgeschlagene Aufgabe</translation>
    </message>
    <message>
        <source>the provider at %1 does not offer the model &quot;%2&quot;; it offers: %3</source>
        <translation>der Anbieter unter %1 bietet das Modell „%2“ nicht an; er bietet: %3</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no backend &quot;%1&quot;</source>
        <translation>kein Backend „%1“</translation>
    </message>
    <message>
        <source>the API key could not be read: the environment variable %1, named by provider.api_key_env, is not set; set it where Vigil runs, then resume</source>
        <translation>der API-Schlüssel konnte nicht gelesen werden: die Umgebungsvariable %1, genannt von provider.api_key_env, ist nicht gesetzt; setzen Sie sie dort, wo Vigil läuft, und setzen Sie dann fort</translation>
    </message>
    <message>
        <source>the checkpoint store failed: %1</source>
        <translation>der Checkpoint-Speicher ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot create the folder of the output file %1</source>
        <translation>der Ordner der Ausgabedatei %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>another Vigil on this machine writes the output file %1; stop it, or name another output</source>
        <translation>ein anderes Vigil auf diesem Rechner schreibt die Ausgabedatei %1; beenden Sie es oder geben Sie eine andere Ausgabe an</translation>
    </message>
    <message>
        <source>cannot lock the output file %1 (%2)</source>
        <translation>die Ausgabedatei %1 kann nicht gesperrt werden (%2)</translation>
    </message>
</context>
<context>
    <name>vigil::EngineHost</name>
    <message>
        <source>task %1 cannot continue: %2</source>
        <translation>Aufgabe %1 kann nicht fortfahren: %2</translation>
    </message>
    <message>
        <source>batch %1 %2: %3 of %4 done, %5 failed, %6 expired</source>
        <translation>Batch %1 %2: %3 von %4 fertig, %5 fehlgeschlagen, %6 abgelaufen</translation>
    </message>
</context>
<context>
    <name>vigil::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>Modell wechseln</translation>
    </message>
</context>
<context>
    <name>vigil::KeepAwake</name>
    <message>
        <source>Tasks are running; Vigil keeps the computer awake until they end</source>
        <translation>Aufgaben laufen; Vigil hält den Computer wach, bis sie enden</translation>
    </message>
</context>
<context>
    <name>vigil::Legend</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Stall</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>vigil::LogindInhibitor</name>
    <message>
        <source>logind answered without a lock (the bus passes no file descriptors)</source>
        <translation>logind antwortete ohne Sperre (der Bus überträgt keine Dateideskriptoren)</translation>
    </message>
</context>
<context>
    <name>vigil::NotificationCenter</name>
    <message>
        <source>at capacity</source>
        <translation>ausgelastet</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>durch Ratenlimit gebremst</translation>
    </message>
    <message>
        <source>out of quota</source>
        <translation>ohne Kontingent</translation>
    </message>
    <message>
        <source>refusing the API key</source>
        <translation>lehnt den API-Schlüssel ab</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>failing (%1)</source>
        <translation>fehlerhaft (%1)</translation>
    </message>
    <message>
        <source>Batch “%1” finished</source>
        <translation>Stapel „%1“ fertig</translation>
    </message>
    <message>
        <source>%1 of %2 items done, %3 failed</source>
        <translation>%1 von %2 Einträgen fertig, %3 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) done</source>
        <translation>
            <numerusform>%n Eintrag fertig</numerusform>
            <numerusform>Alle %n Einträge fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is paused</source>
        <translation>„%1“ ist pausiert</translation>
    </message>
    <message>
        <source>%1 is %2. %3 Completed steps are kept.</source>
        <translation>%1 ist %2. %3 Fertige Schritte bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) paused</source>
        <translation>
            <numerusform>%n Aufgabe pausiert</numerusform>
            <numerusform>%n Aufgaben pausiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Each keeps its completed steps.</source>
        <translation>%1 ist %2. Jede behält ihre fertigen Schritte.</translation>
    </message>
    <message>
        <source>“%1” failed</source>
        <translation>„%1“ ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n Aufgabe fehlgeschlagen</numerusform>
            <numerusform>%n Aufgaben fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Each keeps its completed steps; fix the cause and retry.</source>
        <translation>%1 ist %2. Jede behält ihre fertigen Schritte; beheben Sie die Ursache und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” will miss its deadline</source>
        <translation>„%1“ wird seine Frist verfehlen</translation>
    </message>
    <message>
        <source>“%1” will reach its spend cap</source>
        <translation>„%1“ wird sein Ausgabenlimit erreichen</translation>
    </message>
    <message>
        <source>“%1”: a provider batch ended</source>
        <translation>„%1“: ein Anbieter-Batch ist beendet</translation>
    </message>
</context>
<context>
    <name>vigil::SettingsEditor</name>
    <message>
        <source>a key name is 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>ein Schlüsselname besteht aus 1 bis 100 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>der Schlüssel ist leer</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: a price needs the model it is for</source>
        <translation>%1: ein Preis braucht das Modell, für das er gilt</translation>
    </message>
    <message>
        <source>%1: the %2 price of %3 must be US dollars per million tokens, 0 or more</source>
        <translation>%1: der %2-Preis von %3 muss in US-Dollar pro Million Tokens angegeben sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>the daily spend cap must be US dollars, more than 0 (empty: none)</source>
        <translation>die tägliche Ausgabengrenze muss in US-Dollar angegeben sein, mehr als 0 (leer: keine)</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>prices at %1</source>
        <translation>Preise bei %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL: write postgresql://user@host:port/database</source>
        <translation>„%1“ ist keine PostgreSQL-URL: schreiben Sie postgresql://user@host:port/database</translation>
    </message>
</context>
<context>
    <name>vigil::TaskListModel</name>
    <message>
        <source>%1 tokens · %2</source>
        <translation>%1 Token · %2</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
</context>
<context>
    <name>vigil::TaskRunner</name>
    <message>
        <source>cancelled by the user; completed steps are kept</source>
        <translation>vom Benutzer abgebrochen; fertige Schritte bleiben erhalten</translation>
    </message>
    <message>
        <source>paused by the user; completed steps are kept</source>
        <translation>vom Benutzer pausiert; fertige Schritte bleiben erhalten</translation>
    </message>
    <message>
        <source>the checkpoint store failed: %1</source>
        <translation>der Checkpoint-Speicher ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the machine is offline; no attempts are spent until it is back</source>
        <translation>der Rechner ist offline; bis er zurück ist, werden keine Versuche verbraucht</translation>
    </message>
    <message>
        <source>all %1 steps completed</source>
        <translation>alle %1 Schritte fertig</translation>
    </message>
    <message>
        <source>all %1 items completed; results in %2</source>
        <translation>alle %1 Einträge fertig; Ergebnisse in %2</translation>
    </message>
    <message>
        <source>%1 of %2 items completed, %3 failed; results and errors in %4</source>
        <translation>%1 von %2 Einträgen fertig, %3 fehlgeschlagen; Ergebnisse und Fehler in %4</translation>
    </message>
    <message>
        <source>%1 items, up to %2 at once</source>
        <translation>%1 Einträge, bis zu %2 gleichzeitig</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>attempt %1 of %2 failed (%3: %4); </source>
        <translation>Versuch %1 von %2 fehlgeschlagen (%3: %4); </translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>Eintrag %1: </translation>
    </message>
    <message>
        <source>step %1: </source>
        <translation>Schritt %1: </translation>
    </message>
    <message>
        <source>next try in %1</source>
        <translation>nächster Versuch in %1</translation>
    </message>
    <message>
        <source>the backend %1 is cooling down; next probe at %2</source>
        <translation>das Backend %1 kühlt ab; nächste Probe um %2</translation>
    </message>
    <message>
        <source>the backend %1 has no requests left until %2</source>
        <translation>das Backend %1 hat bis %2 keine Anfragen mehr frei</translation>
    </message>
    <message>
        <source>waiting for a probe of the backend %1</source>
        <translation>wartet auf eine Probe des Backends %1</translation>
    </message>
    <message>
        <source>the backend %1 recovered; resuming in turn</source>
        <translation>das Backend %1 hat sich erholt; geht der Reihe nach weiter</translation>
    </message>
    <message>
        <source>check the API key for provider %1: %2</source>
        <translation>prüfen Sie den API-Schlüssel für den Anbieter %1: %2</translation>
    </message>
    <message>
        <source>model %1 was not found at %2 — switch model: %3</source>
        <translation>Modell %1 wurde bei %2 nicht gefunden — Modell wechseln: %3</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 was refused: %2</source>
        <translation>das TLS-Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>quota exhausted — add credit or switch provider: %1</source>
        <translation>Kontingent erschöpft — Guthaben aufladen oder Anbieter wechseln: %1</translation>
    </message>
    <message>
        <source>the request was rejected: %1</source>
        <translation>die Anfrage wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>retry budget exhausted on %1 after %2 attempts in %3; last: %4: %5</source>
        <translation>Wiederholungsbudget für %1 nach %2 Versuchen in %3 erschöpft; zuletzt: %4: %5</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>; resumes by itself at %1</source>
        <translation>; geht um %1 von selbst weiter</translation>
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
            <numerusform>das Backend %1 ist durch Ratenlimit auf %n Anfrage gleichzeitig begrenzt; wartet auf einen freien Platz</numerusform>
            <numerusform>das Backend %1 ist durch Ratenlimit auf %n Anfragen gleichzeitig begrenzt; wartet auf einen freien Platz</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks to wait until %2, longer than the step&apos;s time budget; resumes by itself then: %3: %4</source>
        <translation>%1 bittet, bis %2 zu warten, länger als das Zeitbudget des Schritts; setzt dann von selbst fort: %3: %4</translation>
    </message>
    <message>
        <source>the background response %1 is gone (%2); the step is sent again</source>
        <translation>die Hintergrundantwort %1 ist nicht mehr da (%2); der Schritt wird erneut gesendet</translation>
    </message>
    <message>
        <source>the cost of %1 is not known, so its spend cap cannot be kept: give its price in the settings file&apos;s &quot;prices&quot;, or take max_cost_usd out of the task&apos;s budget</source>
        <translation>die Kosten von %1 sind nicht bekannt, daher lässt sich das Ausgabenlimit nicht einhalten: geben Sie den Preis unter &quot;prices&quot; in der Einstellungsdatei an oder nehmen Sie max_cost_usd aus dem Budget der Aufgabe</translation>
    </message>
    <message>
        <source>spend cap reached: %1 of %2 spent; raise the cap to go on</source>
        <translation>Ausgabenlimit erreicht: %1 von %2 ausgegeben; heben Sie das Limit an, um weiterzumachen</translation>
    </message>
    <message>
        <source>spend cap reached: %1 of %2 tokens used; raise the cap to go on</source>
        <translation>Ausgabenlimit erreicht: %1 von %2 Tokens verbraucht; heben Sie das Limit an, um weiterzumachen</translation>
    </message>
    <message>
        <source>at the cost so far, the task will need about %1 and stop at its cap of %2</source>
        <translation>bei den bisherigen Kosten braucht die Aufgabe etwa %1 und hält bei ihrem Limit von %2 an</translation>
    </message>
    <message>
        <source>at the tokens so far, the task will need about %1 and stop at its cap of %2</source>
        <translation>bei den bisherigen Tokens braucht die Aufgabe etwa %1 und hält bei ihrem Limit von %2 an</translation>
    </message>
    <message>
        <source>switch to a faster model, or raise the batch&apos;s concurrency (now %1)</source>
        <translation>wechseln Sie zu einem schnelleren Modell oder erhöhen Sie die Parallelität des Batches (jetzt %1)</translation>
    </message>
    <message>
        <source>switch to a faster model</source>
        <translation>wechseln Sie zu einem schnelleren Modell</translation>
    </message>
    <message>
        <source>at its pace so far the task ends about %1, after its deadline %2: %3</source>
        <translation>im bisherigen Tempo endet die Aufgabe etwa %1, nach ihrer Frist %2: %3</translation>
    </message>
    <message>
        <source>cancelled with the task; its provider batch was asked to stop</source>
        <translation>mit der Aufgabe abgebrochen; ihr Anbieter-Batch wurde zum Anhalten aufgefordert</translation>
    </message>
    <message>
        <source>one being created</source>
        <translation>einer wird angelegt</translation>
    </message>
    <message numerus="yes">
        <source>%1 items in %n provider batch(es): %2</source>
        <translation>
            <numerusform>%1 Elemente in %n Anbieter-Batch: %2</numerusform>
            <numerusform>%1 Elemente in %n Anbieter-Batches: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>retry budget exhausted on item %1 after %2 attempts; last: %3: %4</source>
        <translation>Wiederholungsbudget für Element %1 nach %2 Versuchen erschöpft; zuletzt: %3: %4</translation>
    </message>
    <message>
        <source>the checkpoint store cannot be reached: %1; the task goes on once it is back</source>
        <translation>der Checkpoint-Speicher ist nicht erreichbar: %1; die Aufgabe geht weiter, sobald er zurück ist</translation>
    </message>
    <message>
        <source>%1; the other Vigils sharing the task go on with it</source>
        <translation>%1; die anderen Vigils, die die Aufgabe teilen, setzen sie fort</translation>
    </message>
</context>
<context>
    <name>vigil::TrayIcon</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retrying</source>
        <translation>
            <numerusform>%n wiederholt</numerusform>
            <numerusform>%n wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n braucht Sie</numerusform>
            <numerusform>%n brauchen Sie</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigil — nothing running</source>
        <translation>Vigil — nichts läuft</translation>
    </message>
    <message>
        <source>Vigil — %1</source>
        <translation>Vigil — %1</translation>
    </message>
    <message>
        <source>Resume “%1”</source>
        <translation>„%1“ fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n more paused in the window…</source>
        <translation>
            <numerusform>%n weitere pausierte im Fenster…</numerusform>
            <numerusform>%n weitere pausierte im Fenster…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Alle pausieren</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Show Vigil</source>
        <translation>Vigil zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Vigil keeps working</source>
        <translation>Vigil arbeitet weiter</translation>
    </message>
    <message>
        <source>Vigil is still running in the tray and tells you when a task needs you. Quit from the tray menu.</source>
        <translation>Vigil läuft im Infobereich weiter und meldet sich, wenn eine Aufgabe Sie braucht. Beenden über das Menü im Infobereich.</translation>
    </message>
</context>
</TS>
