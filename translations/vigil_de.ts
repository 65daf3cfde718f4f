<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
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
</context>
<context>
    <name>Theme</name>
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
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
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
    <name>main</name>
    <message>
        <source>Vigil cannot start: %1</source>
        <translation>Vigil kann nicht starten: %1</translation>
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
        <source>no task %1</source>
        <translation>keine Aufgabe %1</translation>
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
        <source> (offline; not charged)</source>
        <translation> (offline; nicht angerechnet)</translation>
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
