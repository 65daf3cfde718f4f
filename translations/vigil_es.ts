<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityChart</name>
    <message>
        <source>Nothing sent yet</source>
        <translation>Aún no se ha enviado nada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attempts from %1 to %2 — %3; %4</source>
        <translation>Intentos de %1 a %2 — %3; %4</translation>
    </message>
    <message>
        <source>none ended</source>
        <translation>ninguno terminado</translation>
    </message>
    <message>
        <source>Attempts, waits and cost over time</source>
        <translation>Intentos, esperas y coste a lo largo del tiempo</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>intentos</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <source>held back by a backend</source>
        <translation>retenido por un backend</translation>
    </message>
    <message>
        <source>cost so far</source>
        <translation>coste hasta ahora</translation>
    </message>
</context>
<context>
    <name>AttemptTimeline</name>
    <message>
        <source>in flight</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>sin estado HTTP</translation>
    </message>
    <message>
        <source>Step %1, attempt %2 — %3 — %4, %5</source>
        <translation>Paso %1, intento %2 — %3 — %4, %5</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Solicitud %1</translation>
    </message>
    <message numerus="yes">
        <source>Attempt timeline, %n attempt(s)</source>
        <translation>
            <numerusform>Cronología de intentos, %n intento</numerusform>
            <numerusform>Cronología de intentos, %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-attached to the response the provider went on generating, after its event %1: not paid for again</source>
        <translation>Reconectado a la respuesta que el proveedor siguió generando, tras su evento %1: no se paga de nuevo</translation>
    </message>
    <message>
        <source>Service tier: %1</source>
        <translation>Nivel de servicio: %1</translation>
    </message>
    <message>
        <source>What arrived before the stream broke (kept for you to read; not the output): %1</source>
        <translation>Lo que llegó antes de que se cortara el flujo (guardado para que lo lea; no es la salida): %1</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>While you were away</source>
        <translation>Mientras no estaba</translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n terminada</numerusform>
            <numerusform>%n terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pausa</numerusform>
            <numerusform>%n en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>BackendsBar</name>
    <message>
        <source>waiting for its announced limit to reset</source>
        <translation>espera a que se restablezca el límite anunciado</translation>
    </message>
    <message>
        <source>at capacity</source>
        <translation>saturado</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>con límite de frecuencia</translation>
    </message>
    <message>
        <source>quota exhausted</source>
        <translation>cuota agotada</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>en enfriamiento</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %3; %n step(s) waiting</source>
        <translation>
            <numerusform>%1 en %2: %3; %n paso en espera</numerusform>
            <numerusform>%1 en %2: %3; %n pasos en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>the next request tests it</source>
        <translation>la próxima solicitud lo prueba</translation>
    </message>
    <message>
        <source>next probe</source>
        <translation>próxima prueba</translation>
    </message>
    <message>
        <source>Probe now</source>
        <translation>Probar ahora</translation>
    </message>
    <message>
        <source>Probe %1 now</source>
        <translation>Probar %1 ahora</translation>
    </message>
    <message numerus="yes">
        <source>rate-limited; up to %n request(s) at once</source>
        <translation>
            <numerusform>limitado por tasa; como mucho %n solicitud a la vez</numerusform>
            <numerusform>limitado por tasa; como mucho %n solicitudes a la vez</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write JSON-line events to FILE, or - for stdout.</source>
        <translation>Escribe los eventos como líneas JSON en FILE, o en la salida estándar con -.</translation>
    </message>
    <message>
        <source>The settings file (providers, retry figures).</source>
        <translation>El archivo de ajustes (proveedores, valores de reintento).</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>en %1 s</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>en %1 min</translation>
    </message>
    <message>
        <source>no tasks</source>
        <translation>ninguna tarea</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>PROGRESO</translation>
    </message>
    <message>
        <source>ATTEMPT</source>
        <translation>INTENTO</translation>
    </message>
    <message>
        <source>NEXT RETRY</source>
        <translation>PRÓXIMO INTENTO</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>ÚLTIMO ERROR</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fallidos</translation>
    </message>
    <message>
        <source>resumes %1</source>
        <translation>se reanuda %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>task %1: %2 (batch)</source>
        <translation>tarea %1: %2 (lote)</translation>
    </message>
    <message>
        <source>task %1: %2 (conversation)</source>
        <translation>tarea %1: %2 (conversación)</translation>
    </message>
    <message>
        <source>state: %1 — %2</source>
        <translation>estado: %1 — %2</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>modelo: %1</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>PASO</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>INTENTOS</translation>
    </message>
    <message>
        <source>TEXT OR ERROR</source>
        <translation>TEXTO O ERROR</translation>
    </message>
    <message>
        <source>attempts:</source>
        <translation>intentos:</translation>
    </message>
    <message>
        <source>step %1 #%2</source>
        <translation>paso %1 n.º %2</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>next try after %1 ms</source>
        <translation>próximo intento tras %1 ms</translation>
    </message>
    <message>
        <source>The running Vigil&apos;s control socket.</source>
        <translation>El socket de control del Vigil en marcha.</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>Muestra la respuesta como JSON.</translation>
    </message>
    <message>
        <source>switch-model: the configured provider that offers MODEL.</source>
        <translation>switch-model: el proveedor configurado que ofrece MODEL.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>uso: %1</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>se esperaba %n argumento</numerusform>
            <numerusform>se esperaban %n argumentos</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task id</source>
        <translation>«%1» no es un id de tarea</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>tarea %1</translation>
    </message>
    <message>
        <source>handed to the running Vigil as task %1</source>
        <translation>entregado al Vigil en marcha como tarea %1</translation>
    </message>
    <message>
        <source>cannot open the event log %1: %2</source>
        <translation>no se puede abrir el registro de eventos %1: %2</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Clave de API para %1: </translation>
    </message>
    <message>
        <source>takes one name, as in: %1</source>
        <translation>espera un nombre, por ejemplo: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key name: 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>«%1» no es un nombre de clave: de 1 a 100 letras, cifras, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>no key was given on standard input</source>
        <translation>no se dio ninguna clave en la entrada estándar</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is in the keychain; providers use it with &quot;api_key_keychain&quot;: &quot;%1&quot;.</source>
        <translation>La clave «%1» está en el llavero; los proveedores la usan con &quot;api_key_keychain&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is no longer in the keychain.</source>
        <translation>La clave «%1» ya no está en el llavero.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>%1: %2/%3 items done</source>
        <translation>%1: %2/%3 elementos hechos</translation>
    </message>
    <message>
        <source>%1: %2/%3 steps done</source>
        <translation>%1: %2/%3 pasos hechos</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>%1 in flight on %2</source>
        <translation>%1 en curso en %2</translation>
    </message>
    <message>
        <source>step %1, attempt %2 of %3 on %4</source>
        <translation>paso %1, intento %2 de %3 en %4</translation>
    </message>
    <message>
        <source>Runs one task to its end without a window.</source>
        <translation>Lleva una tarea hasta su final sin ventana.</translation>
    </message>
    <message>
        <source>The task file (JSON).</source>
        <translation>El archivo de tarea (JSON).</translation>
    </message>
    <message>
        <source>expected exactly one task file</source>
        <translation>se espera exactamente un archivo de tarea</translation>
    </message>
    <message>
        <source>The control socket.</source>
        <translation>El socket de control.</translation>
    </message>
    <message>
        <source>another Vigil is already running (its socket is %1)</source>
        <translation>ya hay otro Vigil en marcha (su socket es %1)</translation>
    </message>
    <message>
        <source>task %1 cannot continue: %2</source>
        <translation>la tarea %1 no puede continuar: %2</translation>
    </message>
    <message numerus="yes">
        <source>listening at %1 with %2; %n task(s) continued</source>
        <translation>
            <numerusform>escuchando en %1 con %2; %n tarea continuada</numerusform>
            <numerusform>escuchando en %1 con %2; %n tareas continuadas</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>deteniéndose</translation>
    </message>
    <message>
        <source>backend: %1 — %2</source>
        <translation>backend: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>; rate-limited to %n request(s) at once</source>
        <translation>
            <numerusform>; limitado por tasa a %n solicitud a la vez</numerusform>
            <numerusform>; limitado por tasa a %n solicitudes a la vez</numerusform>
        </translation>
    </message>
    <message>
        <source>; next probe %1</source>
        <translation>; próxima sonda %1</translation>
    </message>
    <message>
        <source>Let the computer sleep while tasks work (by default logind&apos;s sleep and idle inhibitor is held until no work is left).</source>
        <translation>Dejar que el equipo se suspenda mientras haya tareas en curso (por defecto se mantiene el inhibidor de suspensión e inactividad de logind hasta que no quede trabajo).</translation>
    </message>
    <message>
        <source>%1 tokens, %2</source>
        <translation>%1 tokens, %2</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>SPENT</source>
        <translation>GASTADO</translation>
    </message>
    <message>
        <source>spent: %1 (input %2, cached %3, output %4)</source>
        <translation>gastado: %1 (entrada %2, en caché %3, salida %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) at a price not known</source>
        <translation>
            <numerusform>%n intento a un precio desconocido</numerusform>
            <numerusform>%n intentos a un precio desconocido</numerusform>
        </translation>
    </message>
    <message>
        <source>shipped prices as of %1</source>
        <translation>precios incluidos a fecha de %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>spend cap: %1</source>
        <translation>límite de gasto: %1</translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens, %3</source>
        <translation>%1 de entrada / %2 de salida tokens, %3</translation>
    </message>
    <message>
        <source>set-budget: the most the task may cost, in US dollars.</source>
        <translation>set-budget: lo máximo que puede costar la tarea, en dólares estadounidenses.</translation>
    </message>
    <message>
        <source>set-budget: the most tokens the task may use.</source>
        <translation>set-budget: el máximo de tokens que puede usar la tarea.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
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
        <translation>Uso:
  vigil run TASK.json [--db PATH] [--events FILE|-] [--settings PATH]
        [--allow-sleep]
      Lleva una tarea hasta su final sin ventana.
      Estado de salida: 0 completada, 1 no pudo ejecutarse (base de datos o
      registro de eventos), 2 entrada errónea, 3 fallida, 4 en pausa, 5 un lote
      con elementos fallidos.
  vigil serve [TASK.json...] [--db PATH] [--socket PATH] [--events FILE|-]
        [--settings PATH] [--allow-sleep]
      Ejecuta el motor y su socket de control sin ventana, añadiendo los
      archivos de tarea dados; si ya hay un Vigil en marcha, se los entrega.
      Ambos impiden que el equipo se suspenda mientras haya tareas en curso
      (inhibidor de logind), salvo con --allow-sleep.
  vigil list [--json] | add TASK.json | show ID [--json] | pause ID | resume ID
        | retry-now ID | switch-model ID MODEL [--provider NAME] | cancel ID
        | set-budget ID [--max-cost USD] [--max-tokens N] [--socket PATH]
      Actúa sobre el Vigil en marcha. Estado de salida: 0 hecho, 1 ninguno en
      marcha, 2 rechazado (el mensaje dice por qué).
  vigil set-key NAME | remove-key NAME
      Guarda en el llavero del sistema la clave de API leída de la entrada
      estándar (o la quita); un proveedor la usa con &quot;api_key_keychain&quot;: &quot;NAME&quot;.
      Estado de salida: 0 hecho, 1 falló el llavero, 2 uso incorrecto.
  vigil --version
</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1 gastado</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (tarde)</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>FIN PREVISTO</translation>
    </message>
    <message>
        <source>expected end: %1</source>
        <translation>fin prevista: %1</translation>
    </message>
    <message>
        <source>deadline: %1</source>
        <translation>plazo: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>termina hacia las %1</translation>
    </message>
    <message>
        <source>provider batches:</source>
        <translation>lotes del proveedor:</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>LOTE</translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation>RONDA</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>DONE / FAILED / EXPIRED / OF</source>
        <translation>HECHOS / FALLIDOS / CADUCADOS / DE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>CADUCA</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>aún no creado</translation>
    </message>
    <message>
        <source>The checkpoint store: a file, or a postgresql:// URL.</source>
        <translation>El almacén de puntos de control: un archivo o una URL postgresql://.</translation>
    </message>
    <message>
        <source>run now by: %1</source>
        <translation>lo ejecutan ahora: %1</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Configure a provider in Settings first.</source>
        <translation>Configure primero un proveedor en Ajustes.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Nombre de la tarea</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>One prompt per line; each is a turn of the conversation</source>
        <translation>Un prompt por línea; cada uno es un turno de la conversación</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Items (JSONL)</source>
        <translation>Elementos (JSONL)</translation>
    </message>
    <message>
        <source>a file of JSON lines</source>
        <translation>un archivo de líneas JSON</translation>
    </message>
    <message>
        <source>Items file</source>
        <translation>Archivo de elementos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Summarise: {{text}}</source>
        <translation>Resumir: {{text}}</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Plantilla del prompt</translation>
    </message>
    <message>
        <source>Results to</source>
        <translation>Resultados en</translation>
    </message>
    <message>
        <source>beside the items, .out.jsonl</source>
        <translation>junto a los elementos, .out.jsonl</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Archivo de salida</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Solicitudes en paralelo</translation>
    </message>
    <message>
        <source>Items of the batch</source>
        <translation>Elementos del lote</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>Líneas JSON (*.jsonl *.json)</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>en %n s</numerusform>
            <numerusform>en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>en %n min</numerusform>
            <numerusform>en %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 min %2 s</source>
        <translation>en %1 min %2 s</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>Vigil — %n task(s) need you</source>
        <translation>
            <numerusform>Vigil — %n tarea le necesita</numerusform>
            <numerusform>Vigil — %n tareas le necesitan</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Añadir tarea…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nueva tarea…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Show tasks in state</source>
        <translation>Mostrar tareas en el estado</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Show tasks whose last error is</source>
        <translation>Mostrar tareas cuyo último error es</translation>
    </message>
    <message>
        <source>Any error</source>
        <translation>Cualquier error</translation>
    </message>
    <message>
        <source>Search names, models, errors (Ctrl+F)</source>
        <translation>Buscar nombres, modelos, errores (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>%1 running · %2 retrying · %3 need you</source>
        <translation>%1 en curso · %2 reintentando · %3 le necesitan</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Switch model…</source>
        <translation>Cambiar de modelo…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Borrar selección</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>No tasks yet. Add a task file with Add task… (Ctrl+O).</source>
        <translation>Aún no hay tareas. Añada un archivo de tarea con «Añadir tarea…» (Ctrl+O).</translation>
    </message>
    <message>
        <source>No task matches the filters.</source>
        <translation>Ninguna tarea coincide con los filtros.</translation>
    </message>
    <message>
        <source>Add a task file</source>
        <translation>Añadir un archivo de tarea</translation>
    </message>
    <message>
        <source>Task files (*.json)</source>
        <translation>Archivos de tarea (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n task(s)?</source>
        <translation>
            <numerusform>¿Cancelar %n tarea?</numerusform>
            <numerusform>¿Cancelar %n tareas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts in flight are stopped. Completed steps and outputs are kept.</source>
        <translation>Los intentos en curso se detienen. Los pasos completados y las salidas se conservan.</translation>
    </message>
    <message>
        <source>Quit Vigil?</source>
        <translation>¿Salir de Vigil?</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) are still working. They stop now and continue when Vigil starts again.</source>
        <translation>
            <numerusform>%n tarea sigue trabajando. Se detiene ahora y continuará cuando Vigil vuelva a iniciarse.</numerusform>
            <numerusform>%n tareas siguen trabajando. Se detienen ahora y continuarán cuando Vigil vuelva a iniciarse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Entrada en caché</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>%1: model of price %2</source>
        <translation>%1: modelo del precio %2</translation>
    </message>
    <message>
        <source>%1: %2 price of %3, US dollars per million tokens</source>
        <translation>%1: precio %2 de %3, dólares estadounidenses por millón de tokens</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the price of %1</source>
        <translation>Quitar el precio de %1</translation>
    </message>
    <message>
        <source>Add a price</source>
        <translation>Añadir un precio</translation>
    </message>
</context>
<context>
    <name>ProviderBatchList</name>
    <message>
        <source>not created</source>
        <translation>no creado</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>aún no creado</translation>
    </message>
    <message>
        <source>%1 · repair %2</source>
        <translation>%1 · reparación %2</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed, %4 expired</source>
        <translation>%1 de %2 hechas, %3 fallidas, %4 caducadas</translation>
    </message>
    <message>
        <source>created %1, ended %2</source>
        <translation>creado %1, terminado %2</translation>
    </message>
    <message>
        <source>created %1, expires %2</source>
        <translation>creado %1, caduca %2</translation>
    </message>
    <message>
        <source>Provider batches: %1 of %2 requests done</source>
        <translation>Lotes del proveedor: %1 de %2 solicitudes hechas</translation>
    </message>
    <message numerus="yes">
        <source>Provider batches — %1 of %2 requests done in %n batch(es)</source>
        <translation>
            <numerusform>Lotes del proveedor — %1 de %2 solicitudes hechas en %n lote</numerusform>
            <numerusform>Lotes del proveedor — %1 de %2 solicitudes hechas en %n lotes</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider batch id</source>
        <translation>ID del lote del proveedor</translation>
    </message>
    <message>
        <source>Progress of the provider batch</source>
        <translation>Progreso del lote del proveedor</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Not reachable: %1</source>
        <translation>No accesible: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) offered</source>
        <translation>
            <numerusform>Conectado: %n modelo ofrecido</numerusform>
            <numerusform>Conectado: %n modelos ofrecidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected (the provider gives no model list)</source>
        <translation>Conectado (el proveedor no da lista de modelos)</translation>
    </message>
    <message>
        <source>The keychain refused the key: %1</source>
        <translation>El llavero rechazó la clave: %1</translation>
    </message>
    <message>
        <source>The key is in the keychain as “%1”; Save to use it.</source>
        <translation>La clave está en el llavero como «%1»; guarde para usarla.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>provider%1</source>
        <translation>proveedor%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>model-a, model-b (optional)</source>
        <translation>modelo-a, modelo-b (opcional)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API key, kept in the keychain as “%1”</source>
        <translation>Clave de API, guardada en el llavero como «%1»</translation>
    </message>
    <message>
        <source>API key: paste it to keep it in the keychain</source>
        <translation>Clave de API: péguela para guardarla en el llavero</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Guardar en el llavero</translation>
    </message>
    <message>
        <source>…or variable</source>
        <translation>…o variable</translation>
    </message>
    <message>
        <source>an environment variable holding the key</source>
        <translation>una variable de entorno con la clave</translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation>Variable de entorno con la clave</translation>
    </message>
    <message>
        <source>Save and test connection</source>
        <translation>Guardar y probar la conexión</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>Consultando al proveedor…</translation>
    </message>
    <message>
        <source>Retry figures for every task</source>
        <translation>Valores de reintento para cada tarea</translation>
    </message>
    <message>
        <source>Attempts per step</source>
        <translation>Intentos por paso</translation>
    </message>
    <message>
        <source>Minutes per step</source>
        <translation>Minutos por paso</translation>
    </message>
    <message>
        <source>First byte within (s)</source>
        <translation>Primer byte en (s)</translation>
    </message>
    <message>
        <source>Seconds to the first byte</source>
        <translation>Segundos hasta el primer byte</translation>
    </message>
    <message>
        <source>Silent stream cut after (s)</source>
        <translation>Flujo mudo cortado tras (s)</translation>
    </message>
    <message>
        <source>Seconds of silence in a stream</source>
        <translation>Segundos de silencio en un flujo</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Notify when a task pauses</source>
        <translation>Avisar cuando una tarea se pause</translation>
    </message>
    <message>
        <source>Notify when a task fails</source>
        <translation>Avisar cuando una tarea falle</translation>
    </message>
    <message>
        <source>Notify when a batch finishes</source>
        <translation>Avisar cuando un lote termine</translation>
    </message>
    <message>
        <source>Keep the computer awake while tasks run</source>
        <translation>Mantener el equipo despierto mientras haya tareas</translation>
    </message>
    <message>
        <source>Start Vigil with the session</source>
        <translation>Iniciar Vigil con la sesión</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Iniciar minimizado en la bandeja</translation>
    </message>
    <message>
        <source>Saved in %1, which `vigil` reads too.</source>
        <translation>Guardado en %1, que `vigil` también lee.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Daily cap for all tasks, US dollars</source>
        <translation>Límite diario para todas las tareas, dólares estadounidenses</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Daily spend cap for all tasks, in US dollars</source>
        <translation>Límite de gasto diario para todas las tareas, en dólares estadounidenses</translation>
    </message>
    <message>
        <source>Prices for every provider, in US dollars per million tokens. Vigil&apos;s own table, dated %1, prices the common models at OpenAI, Anthropic and Gemini&apos;s own hosts; a price here wins over it, and a provider&apos;s own over both. A model nobody priced has no cost: it reads “cost unknown”.</source>
        <translation>Precios para todos los proveedores, en dólares estadounidenses por millón de tokens. La tabla propia de Vigil, del %1, pone precio a los modelos habituales en los servidores propios de OpenAI, Anthropic y Gemini; un precio aquí prevalece sobre ella, y el de un proveedor sobre ambos. Un modelo sin precio no tiene coste: muestra «coste desconocido».</translation>
    </message>
    <message>
        <source>Every provider</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <source>Checkpoint store</source>
        <translation>Almacén de puntos de control</translation>
    </message>
    <message>
        <source>A file, or a PostgreSQL database as postgresql://user@host:port/database (Vigils sharing it share a batch&apos;s items). Vigil opens it at its next start, unless started with --db.</source>
        <translation>Un archivo, o una base de datos PostgreSQL como postgresql://user@host:port/database (los Vigil que la comparten se reparten los elementos de un lote). Vigil la abre en su próximo inicio, salvo que se inicie con --db.</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>A local OpenAI-/Anthropic-compatible model server with deterministic replies and scripted faults, for rehearsing Vigil&apos;s retry settings. Listens on 127.0.0.1 only.</source>
        <translation>Un servidor de modelos local compatible con OpenAI/Anthropic, con respuestas deterministas y fallos programados, para ensayar los ajustes de reintento de Vigil. Solo escucha en 127.0.0.1.</translation>
    </message>
    <message>
        <source>TCP port (0 picks a free one).</source>
        <translation>Puerto TCP (0 elige uno libre).</translation>
    </message>
    <message>
        <source>A built-in profile (%1) or a profile JSON file.</source>
        <translation>Un perfil integrado (%1) o un archivo de perfil JSON.</translation>
    </message>
    <message>
        <source>Print the built-in profiles.</source>
        <translation>Muestra los perfiles integrados.</translation>
    </message>
    <message>
        <source>cannot read the profile %1: %2</source>
        <translation>no se puede leer el perfil %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>not a port number</source>
        <translation>no es un número de puerto</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>no se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>vigil-sim listening on %1 (profile %2)</source>
        <translation>vigil-sim escuchando en %1 (perfil %2)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida «%1»</translation>
    </message>
    <message>
        <source>script: unknown fault &quot;%1&quot;</source>
        <translation>script: fallo desconocido «%1»</translation>
    </message>
    <message>
        <source>step_scripts: unknown fault &quot;%1&quot;</source>
        <translation>step_scripts: fallo desconocido «%1»</translation>
    </message>
    <message>
        <source>capacity_windows: unknown response &quot;%1&quot;</source>
        <translation>capacity_windows: respuesta desconocida «%1»</translation>
    </message>
    <message>
        <source>rate_limit: requests and window_ms must be positive</source>
        <translation>rate_limit: requests y window_ms deben ser positivos</translation>
    </message>
    <message>
        <source>faults: unknown kind &quot;%1&quot;</source>
        <translation>faults: tipo desconocido «%1»</translation>
    </message>
    <message>
        <source>background_retention_ms must not be negative</source>
        <translation>background_retention_ms no puede ser negativo</translation>
    </message>
    <message>
        <source>flex_unavailable must be between 0 and 1</source>
        <translation>flex_unavailable debe estar entre 0 y 1</translation>
    </message>
    <message>
        <source>batches: unknown key &quot;%1&quot;</source>
        <translation>batches: clave desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>batches: durations must not be negative, and window_ms is positive</source>
        <translation>batches: las duraciones no pueden ser negativas y window_ms es positivo</translation>
    </message>
    <message>
        <source>batches: limits must be positive</source>
        <translation>batches: los límites deben ser positivos</translation>
    </message>
    <message>
        <source>batches: unknown batch fault &quot;%1&quot;</source>
        <translation>batches: fallo de lote desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>batches: %1: unknown kind &quot;%2&quot;</source>
        <translation>batches: %1: tipo desconocido &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>SwitchModelDialog</name>
    <message>
        <source>Switch model</source>
        <translation>Cambiar de modelo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>The task&apos;s own</source>
        <translation>El de la tarea</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Asking the provider for its models…</source>
        <translation>Pidiendo al proveedor sus modelos…</translation>
    </message>
    <message>
        <source>The provider&apos;s model list is not available: %1</source>
        <translation>La lista de modelos del proveedor no está disponible: %1</translation>
    </message>
    <message>
        <source>The provider gives no model list; type the model&apos;s name.</source>
        <translation>El proveedor no da lista de modelos; escriba el nombre del modelo.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered.</source>
        <translation>
            <numerusform>%n modelo ofrecido.</numerusform>
            <numerusform>%n modelos ofrecidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <source>Select a task to see its steps and attempts.</source>
        <translation>Elija una tarea para ver sus pasos e intentos.</translation>
    </message>
    <message>
        <source>%1 on %2 — %3</source>
        <translation>%1 en %2 — %3</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Retry after fixing</source>
        <translation>Reintentar tras corregir</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Switch model…</source>
        <translation>Cambiar de modelo…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy for support</source>
        <translation>Copiar para soporte</translation>
    </message>
    <message>
        <source>Copies the task and its attempts, without keys, for a support request</source>
        <translation>Copia la tarea y sus intentos, sin claves, para una solicitud de soporte</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Elemento %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Output of step %1</source>
        <translation>Salida del paso %1</translation>
    </message>
    <message>
        <source>Paused at its spend cap: $%1 of $%2 spent. New cap:</source>
        <translation>En pausa en su límite de gasto: $%1 de $%2 gastados. Nuevo límite:</translation>
    </message>
    <message>
        <source>Paused at its spend cap: %1 of %2 tokens used. New cap:</source>
        <translation>En pausa en su límite de gasto: %1 de %2 tokens usados. Nuevo límite:</translation>
    </message>
    <message>
        <source>New cost cap in US dollars</source>
        <translation>Nuevo límite de coste en dólares estadounidenses</translation>
    </message>
    <message>
        <source>New token cap</source>
        <translation>Nuevo límite de tokens</translation>
    </message>
    <message>
        <source>Raise cap and resume</source>
        <translation>Subir el límite y reanudar</translation>
    </message>
    <message>
        <source>The new cap must be above what the task has spent</source>
        <translation>El nuevo límite debe superar lo que la tarea ha gastado</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>A lo largo del tiempo</translation>
    </message>
    <message>
        <source>Run now by: %1</source>
        <translation>Lo ejecutan ahora: %1</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>%1, %2, %3 of %4 steps done</source>
        <translation>%1, %2, %3 de %4 pasos hechos</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Seleccionar %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>%1/%2 steps, %3 failed</source>
        <translation>%1/%2 pasos, %3 fallidos</translation>
    </message>
    <message>
        <source>%1/%2 steps</source>
        <translation>%1/%2 pasos</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>intento %1 de %2</translation>
    </message>
    <message>
        <source>ends about %1, late</source>
        <translation>termina hacia las %1, tarde</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>termina hacia las %1</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
</context>
<context>
    <name>Vigil</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>cancelada antes de enviarse</translation>
    </message>
    <message>
        <source>the reply exceeded %1 bytes</source>
        <translation>la respuesta superó los %1 bytes</translation>
    </message>
    <message>
        <source>a stream line exceeded the size limit</source>
        <translation>una línea del flujo superó el tamaño máximo</translation>
    </message>
    <message>
        <source>cannot create the folder of the output file %1</source>
        <translation>no se puede crear la carpeta del archivo de salida %1</translation>
    </message>
    <message>
        <source>cannot open the output file %1: %2</source>
        <translation>no se puede abrir el archivo de salida %1: %2</translation>
    </message>
    <message>
        <source>%1: line %2: not a result of this batch; move the file away or name another output</source>
        <translation>%1: línea %2: no es un resultado de este lote; mueva el archivo o indique otra salida</translation>
    </message>
    <message>
        <source>%1: line %2: a second result for the item %3; move the file away or name another output</source>
        <translation>%1: línea %2: un segundo resultado para el elemento %3; mueva el archivo o indique otra salida</translation>
    </message>
    <message>
        <source>cannot repair the output file %1: %2</source>
        <translation>no se puede reparar el archivo de salida %1: %2</translation>
    </message>
    <message>
        <source>cannot write the output file %1: %2</source>
        <translation>no se puede escribir el archivo de salida %1: %2</translation>
    </message>
    <message>
        <source>cannot flush the output file %1 to the disk</source>
        <translation>no se puede volcar el archivo de salida %1 al disco</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la conexión fue rechazada</translation>
    </message>
    <message>
        <source>the connection was closed or reset before the reply was complete</source>
        <translation>la conexión se cerró o se restableció antes de completarse la respuesta</translation>
    </message>
    <message>
        <source>the host was not found</source>
        <translation>no se encontró el host</translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation>falló el proxy</translation>
    </message>
    <message>
        <source>a network error</source>
        <translation>un error de red</translation>
    </message>
    <message>
        <source>no stream event before the time-to-first-byte limit</source>
        <translation>ningún evento del flujo antes del límite del primer byte</translation>
    </message>
    <message>
        <source>the stream went silent for longer than the idle limit</source>
        <translation>el flujo estuvo en silencio más tiempo que el límite de inactividad</translation>
    </message>
    <message>
        <source>the attempt ran past its time ceiling</source>
        <translation>el intento superó su tiempo máximo</translation>
    </message>
    <message>
        <source>the stream ended without its terminal event</source>
        <translation>el flujo terminó sin su evento final</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no Vigil is running (nothing answers at %1); start one with `vigil serve` or the desktop app</source>
        <translation>no hay ningún Vigil en marcha (nadie responde en %1); inicie uno con `vigil serve` o la aplicación de escritorio</translation>
    </message>
    <message>
        <source>the running Vigil did not answer at %1</source>
        <translation>el Vigil en marcha no respondió en %1</translation>
    </message>
    <message>
        <source>the running Vigil answered something unreadable</source>
        <translation>el Vigil en marcha respondió algo ilegible</translation>
    </message>
    <message>
        <source>another Vigil is already running (its socket is %1)</source>
        <translation>ya hay otro Vigil en marcha (su socket es %1)</translation>
    </message>
    <message>
        <source>cannot listen at %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>a request is one JSON object on one line</source>
        <translation>una solicitud es un objeto JSON en una línea</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured in %2</source>
        <translation>no hay ningún proveedor llamado «%1» configurado en %2</translation>
    </message>
    <message>
        <source>stored task %1</source>
        <translation>tarea guardada %1</translation>
    </message>
    <message>
        <source>models needs a configured provider&apos;s name or a task id</source>
        <translation>models necesita el nombre de un proveedor configurado o un id de tarea</translation>
    </message>
    <message>
        <source>switch-model needs a task id</source>
        <translation>switch-model necesita un id de tarea</translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation>no existe la tarea %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>%1 needs a task id</source>
        <translation>%1 necesita un id de tarea</translation>
    </message>
    <message>
        <source>task %1 is %2 already</source>
        <translation>la tarea %1 ya está %2</translation>
    </message>
    <message>
        <source>task %1 is completed; there is nothing to resume</source>
        <translation>la tarea %1 está completada; no hay nada que reanudar</translation>
    </message>
    <message>
        <source>add needs the task file&apos;s absolute path</source>
        <translation>add necesita la ruta absoluta del archivo de tarea</translation>
    </message>
    <message>
        <source>task %1 was added but cannot start: %2</source>
        <translation>la tarea %1 se añadió pero no puede iniciarse: %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>límite de frecuencia</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>cuota</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>stall</source>
        <translation>bloqueo</translation>
    </message>
    <message>
        <source>request</source>
        <translation>solicitud</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000</source>
        <translation>debe ser un número entero de 1 a 1000</translation>
    </message>
    <message>
        <source>unknown retry setting</source>
        <translation>ajuste de reintento desconocido</translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds from 1 to %1</source>
        <translation>debe ser un número entero de milisegundos de 1 a %1</translation>
    </message>
    <message>
        <source>initial_delay_ms must not exceed max_delay_ms</source>
        <translation>initial_delay_ms no debe superar max_delay_ms</translation>
    </message>
    <message>
        <source>capacity_initial_delay_ms must not exceed capacity_max_delay_ms</source>
        <translation>capacity_initial_delay_ms no debe superar capacity_max_delay_ms</translation>
    </message>
    <message>
        <source>ttfb_timeout_ms and idle_timeout_ms must not exceed attempt_timeout_ms</source>
        <translation>ttfb_timeout_ms e idle_timeout_ms no deben superar attempt_timeout_ms</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>waiting for the network</source>
        <translation>esperando la red</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>the database is locked by another process (another Vigil on the same file?); it was left as it is</source>
        <translation>la base de datos está bloqueada por otro proceso (¿otro Vigil con el mismo archivo?); se dejó como estaba</translation>
    </message>
    <message>
        <source>the disk is full; free some space and resume</source>
        <translation>el disco está lleno; libere espacio y reanude</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only (SQLite writes -wal and -shm files beside the database); make them writable or choose another with --db</source>
        <translation>el archivo de la base de datos o su carpeta es de solo lectura (SQLite escribe archivos -wal y -shm junto a la base de datos); hágalos escribibles o elija otra con --db</translation>
    </message>
    <message>
        <source>the database file is damaged; it was left as it is</source>
        <translation>el archivo de la base de datos está dañado; se dejó como estaba</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>no se pudo leer o escribir el disco</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>error de la base de datos</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>no se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>not a readable Vigil database</source>
        <translation>no es una base de datos de Vigil legible</translation>
    </message>
    <message>
        <source>cannot use a write-ahead log</source>
        <translation>no se puede usar un registro de escritura anticipada</translation>
    </message>
    <message>
        <source>journal_mode stayed %1</source>
        <translation>journal_mode siguió siendo %1</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>no se puede leer la versión del esquema</translation>
    </message>
    <message>
        <source>the database was written by a newer Vigil</source>
        <translation>la base de datos la escribió un Vigil más reciente</translation>
    </message>
    <message>
        <source>schema version %1, this Vigil knows up to %2; nothing was changed</source>
        <translation>versión de esquema %1, este Vigil conoce hasta la %2; no se cambió nada</translation>
    </message>
    <message>
        <source>cannot back up the database before migrating</source>
        <translation>no se puede respaldar la base de datos antes de migrar</translation>
    </message>
    <message>
        <source>cannot start a migration</source>
        <translation>no se puede iniciar una migración</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>no se puede confirmar</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>no se puede iniciar una transacción</translation>
    </message>
    <message>
        <source>cannot look up the task</source>
        <translation>no se puede buscar la tarea</translation>
    </message>
    <message>
        <source>cannot load task %1</source>
        <translation>no se puede cargar la tarea %1</translation>
    </message>
    <message>
        <source>cannot load the steps of task %1</source>
        <translation>no se pueden cargar los pasos de la tarea %1</translation>
    </message>
    <message>
        <source>cannot create the task</source>
        <translation>no se puede crear la tarea</translation>
    </message>
    <message>
        <source>cannot create the steps</source>
        <translation>no se pueden crear los pasos</translation>
    </message>
    <message>
        <source>cannot update the task</source>
        <translation>no se puede actualizar la tarea</translation>
    </message>
    <message>
        <source>cannot record the task state</source>
        <translation>no se puede registrar el estado de la tarea</translation>
    </message>
    <message>
        <source>cannot reset the retry budget</source>
        <translation>no se puede restablecer el presupuesto de reintentos</translation>
    </message>
    <message>
        <source>cannot credit waiting time</source>
        <translation>no se puede abonar el tiempo de espera</translation>
    </message>
    <message>
        <source>cannot refund the attempt</source>
        <translation>no se puede devolver el intento</translation>
    </message>
    <message>
        <source>cannot record the attempt</source>
        <translation>no se puede registrar el intento</translation>
    </message>
    <message>
        <source>cannot record the end of attempt %1</source>
        <translation>no se puede registrar el final del intento %1</translation>
    </message>
    <message>
        <source>cannot record the step</source>
        <translation>no se puede registrar el paso</translation>
    </message>
    <message>
        <source>interrupted: Vigil stopped while this attempt was in flight</source>
        <translation>interrumpido: Vigil se detuvo mientras este intento estaba en curso</translation>
    </message>
    <message>
        <source>cannot close interrupted attempts</source>
        <translation>no se pueden cerrar los intentos interrumpidos</translation>
    </message>
    <message>
        <source>cannot list the tasks</source>
        <translation>no se pueden listar las tareas</translation>
    </message>
    <message>
        <source>cannot read the attempts</source>
        <translation>no se pueden leer los intentos</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>clave desconocida (se espera una de: %1)</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>obligatorio, pero ausente</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>debe ser un objeto, no %1</translation>
    </message>
    <message>
        <source>keys do not belong in task or settings files; store the key with `vigil set-key NAME` and give &quot;api_key_keychain&quot;: &quot;NAME&quot;, or put it in an environment variable and name it in api_key_env</source>
        <translation>las claves no van en los archivos de tarea o de ajustes; guarde la clave con `vigil set-key NAME` e indique &quot;api_key_keychain&quot;: &quot;NAME&quot;, o póngala en una variable de entorno y nómbrela en api_key_env</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>«%1» no es una URL http o https</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of openai-chat, openai-responses, anthropic-messages</source>
        <translation>«%1» no es uno de openai-chat, openai-responses, anthropic-messages</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name</source>
        <translation>«%1» no es un nombre de variable de entorno</translation>
    </message>
    <message>
        <source>api_key_env and api_key_keychain both name a key; keep the one that holds it</source>
        <translation>api_key_env y api_key_keychain nombran ambos una clave; conserve el que la contiene</translation>
    </message>
    <message>
        <source>must be 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>debe tener de 1 a 100 letras, cifras, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>debe ser un array de cadenas, no %1</translation>
    </message>
    <message>
        <source>must hold at least one turn</source>
        <translation>debe contener al menos un turno</translation>
    </message>
    <message>
        <source>must not be the input file</source>
        <translation>no debe ser el archivo de entrada</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 256</source>
        <translation>debe ser un número entero de 1 a 256</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>a task file holds one JSON object</source>
        <translation>un archivo de tarea contiene un objeto JSON</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured in %2; configure it there, or give base_url and protocol here instead</source>
        <translation>no hay ningún proveedor llamado «%1» configurado en %2; configúrelo allí o indique aquí base_url y protocol</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured; give base_url and protocol here instead</source>
        <translation>no hay ningún proveedor llamado «%1» configurado; indique aquí base_url y protocol</translation>
    </message>
    <message>
        <source>a task has turns or a batch, not both</source>
        <translation>una tarea tiene turnos o un lote, no ambos</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>debe ser true o false, no %1</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000</source>
        <translation>debe ser un número entero de 1 a 1000000</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>settings are one JSON object</source>
        <translation>los ajustes son un objeto JSON</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names another provider already</source>
        <translation>«%1» ya nombra a otro proveedor</translation>
    </message>
    <message>
        <source>must be an array of model names</source>
        <translation>debe ser un array de nombres de modelos</translation>
    </message>
    <message>
        <source>larger than 64 MiB</source>
        <translation>mayor de 64 MiB</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>longer than 16 MiB</source>
        <translation>más larga de 16 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at column %1: %2</source>
        <translation>JSON no válido en la columna %1: %2</translation>
    </message>
    <message>
        <source>each line must hold one JSON object</source>
        <translation>cada línea debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a non-empty string or a whole number</source>
        <translation>&quot;id&quot; debe ser una cadena no vacía o un número entero</translation>
    </message>
    <message>
        <source>the id %1 was already used on line %2</source>
        <translation>el id %1 ya se usó en la línea %2</translation>
    </message>
    <message>
        <source>the template needs the field &quot;%1&quot;, which this item lacks</source>
        <translation>la plantilla necesita el campo «%1», que falta en este elemento</translation>
    </message>
    <message>
        <source>the rendered prompt is empty</source>
        <translation>el prompt resultante está vacío</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>más de %1 elementos</translation>
    </message>
    <message>
        <source>holds no items</source>
        <translation>no contiene elementos</translation>
    </message>
    <message>
        <source>the keychain holds no key named &quot;%1&quot;; store it with `vigil set-key %1`</source>
        <translation>el llavero no contiene ninguna clave llamada «%1»; guárdela con `vigil set-key %1`</translation>
    </message>
    <message>
        <source>no keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet on the session bus): %1</source>
        <translation>no hay ningún llavero disponible (en Linux: un Secret Service como GNOME Keyring o KWallet en el bus de sesión): %1</translation>
    </message>
    <message>
        <source>the keychain refused access to &quot;%1&quot;: %2</source>
        <translation>el llavero denegó el acceso a «%1»: %2</translation>
    </message>
    <message>
        <source>the keychain failed on &quot;%1&quot;: %2 (is a keychain service such as GNOME Keyring or KWallet running in this session?)</source>
        <translation>el llavero falló con «%1»: %2 (¿hay un servicio de llavero como GNOME Keyring o KWallet en esta sesión?)</translation>
    </message>
    <message>
        <source>the server redirected to %1 (HTTP %2); Vigil sends a task&apos;s requests and its API key only to its base_url: if the provider has moved, change base_url</source>
        <translation>el servidor redirigió a %1 (HTTP %2); Vigil envía las solicitudes de una tarea y su clave de API solo a su base_url: si el proveedor se ha mudado, cambie base_url</translation>
    </message>
    <message>
        <source>probe_initial_delay_ms must not exceed probe_max_delay_ms</source>
        <translation>probe_initial_delay_ms no debe superar probe_max_delay_ms</translation>
    </message>
    <message>
        <source> (offline; not charged)</source>
        <translation> (sin conexión; no se cuenta)</translation>
    </message>
    <message>
        <source>attempt %1 is not armed</source>
        <translation>el intento %1 no está preparado</translation>
    </message>
    <message>
        <source>cannot withdraw the attempts not sent</source>
        <translation>no se pueden retirar los intentos no enviados</translation>
    </message>
    <message>
        <source>interrupted: Vigil stopped as this attempt was about to be sent; it may not have reached the backend</source>
        <translation>interrumpido: Vigil se detuvo cuando este intento estaba a punto de enviarse; puede que no haya llegado al backend</translation>
    </message>
    <message>
        <source>cannot record the background response</source>
        <translation>no se puede registrar la respuesta en segundo plano</translation>
    </message>
    <message>
        <source>only the openai-responses protocol can re-attach to a stream; %1 has no server-side resume</source>
        <translation>solo el protocolo openai-responses puede reconectarse a un flujo; %1 no tiene reanudación en el servidor</translation>
    </message>
    <message>
        <source>must be the provider&apos;s name for a tier, such as &quot;flex&quot; or &quot;priority&quot;</source>
        <translation>debe ser el nombre de un nivel del proveedor, como &quot;flex&quot; o &quot;priority&quot;</translation>
    </message>
    <message>
        <source>falls back from a service_tier other than the default; set service_tier too</source>
        <translation>vuelve desde un service_tier distinto del predeterminado; indique también service_tier</translation>
    </message>
    <message>
        <source>cancelled while polling</source>
        <translation>cancelado mientras se consultaba</translation>
    </message>
    <message>
        <source>max_cost_usd must be an amount in US dollars, more than 0</source>
        <translation>max_cost_usd debe ser un importe en dólares estadounidenses, mayor que 0</translation>
    </message>
    <message>
        <source>max_tokens must be a whole number of tokens, 1 or more</source>
        <translation>max_tokens debe ser un número entero de tokens, 1 o más</translation>
    </message>
    <message>
        <source>must be a price in dollars per million tokens, 0 or more</source>
        <translation>debe ser un precio en dólares por millón de tokens, 0 o más</translation>
    </message>
    <message>
        <source>must be an object with &quot;input&quot; and &quot;output&quot; prices</source>
        <translation>debe ser un objeto con los precios &quot;input&quot; y &quot;output&quot;</translation>
    </message>
    <message>
        <source>must be an object: tier name → factor of the prices</source>
        <translation>debe ser un objeto: nombre del nivel → factor de los precios</translation>
    </message>
    <message>
        <source>must be a factor of the prices, more than 0</source>
        <translation>debe ser un factor de los precios, mayor que 0</translation>
    </message>
    <message>
        <source>applies only with &quot;long_prompt_over&quot;</source>
        <translation>solo se aplica con &quot;long_prompt_over&quot;</translation>
    </message>
    <message>
        <source>must be a number of prompt tokens, more than 0</source>
        <translation>debe ser un número de tokens del prompt, mayor que 0</translation>
    </message>
    <message>
        <source>must be an object: model name → its prices</source>
        <translation>debe ser un objeto: nombre del modelo → sus precios</translation>
    </message>
    <message>
        <source>cannot read what the tasks spent</source>
        <translation>no se puede leer lo que gastaron las tareas</translation>
    </message>
    <message>
        <source>must be an object with max_cost_usd, max_tokens or both, not %1</source>
        <translation>debe ser un objeto con max_cost_usd, max_tokens o ambos, no %1</translation>
    </message>
    <message>
        <source>give max_cost_usd, max_tokens or both</source>
        <translation>indique max_cost_usd, max_tokens o ambos</translation>
    </message>
    <message>
        <source>must be an amount in US dollars, more than 0</source>
        <translation>debe ser un importe en dólares estadounidenses, mayor que 0</translation>
    </message>
    <message>
        <source>must be a whole number of tokens, 1 or more</source>
        <translation>debe ser un número entero de tokens, 1 o más</translation>
    </message>
    <message>
        <source>name, models, retry and prices belong to providers in the settings file; a task&apos;s own retry figures go in $.retry</source>
        <translation>name, models, retry y prices pertenecen a los proveedores del archivo de ajustes; los valores de reintento propios de una tarea van en $.retry</translation>
    </message>
    <message>
        <source>daily spend cap reached: %1 of %2 spent today by all tasks; goes on tomorrow, or raise daily_cap_usd in the settings and resume</source>
        <translation>límite diario de gasto alcanzado: %1 de %2 gastado hoy por todas las tareas; continúa mañana, o suba daily_cap_usd en los ajustes y reanude</translation>
    </message>
    <message>
        <source>must be a local time such as &quot;08:00&quot;, or an ISO 8601 date and time such as &quot;2026-12-06T08:00&quot;</source>
        <translation>debe ser una hora local como &quot;08:00&quot;, o una fecha y hora ISO 8601 como &quot;2026-12-06T08:00&quot;</translation>
    </message>
    <message>
        <source>rate limit or quota</source>
        <translation>límite de tasa o cuota</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <source>network or stall</source>
        <translation>red o bloqueo</translation>
    </message>
    <message>
        <source>other failures</source>
        <translation>otros fallos</translation>
    </message>
    <message>
        <source>cannot read what the tasks did</source>
        <translation>no se puede leer lo que hicieron las tareas</translation>
    </message>
    <message>
        <source>a result line without a custom_id</source>
        <translation>una línea de resultado sin custom_id</translation>
    </message>
    <message>
        <source>the answer is not a batch</source>
        <translation>la respuesta no es un lote</translation>
    </message>
    <message>
        <source>the batch has a status Vigil does not know: &quot;%1&quot;</source>
        <translation>el lote tiene un estado que Vigil no conoce: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a result line without a custom_id or a result</source>
        <translation>una línea de resultado sin custom_id o sin resultado</translation>
    </message>
    <message>
        <source>the batch expired before this request ran</source>
        <translation>el lote caducó antes de que se ejecutara esta solicitud</translation>
    </message>
    <message>
        <source>the batch was cancelled before this request ran</source>
        <translation>el lote se canceló antes de que se ejecutara esta solicitud</translation>
    </message>
    <message>
        <source>a result of a type Vigil does not know: &quot;%1&quot;</source>
        <translation>un resultado de un tipo que Vigil no conoce: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the answer is not a message batch</source>
        <translation>la respuesta no es un lote de mensajes</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>la respuesta no es JSON: %1</translation>
    </message>
    <message>
        <source>cancelled with its task</source>
        <translation>cancelado con su tarea</translation>
    </message>
    <message>
        <source>the provider&apos;s validation refused line %1 of batch %2: %3</source>
        <translation>la validación del proveedor rechazó la línea %1 del lote %2: %3</translation>
    </message>
    <message>
        <source>not run: batch %1 was refused for another of its items</source>
        <translation>no ejecutado: el lote %1 se rechazó por otro de sus elementos</translation>
    </message>
    <message>
        <source>not run: batch %1 was refused: %2</source>
        <translation>no ejecutado: el lote %1 fue rechazado: %2</translation>
    </message>
    <message>
        <source>batch %1 ended with no output or error file: none of its requests has a result</source>
        <translation>el lote %1 terminó sin archivo de salida ni de errores: ninguna de sus solicitudes tiene resultado</translation>
    </message>
    <message>
        <source>batch %1 ended without a result for this item</source>
        <translation>el lote %1 terminó sin resultado para este elemento</translation>
    </message>
    <message>
        <source>the provider no longer knows batch %1</source>
        <translation>el proveedor ya no conoce el lote %1</translation>
    </message>
    <message>
        <source>cannot record the provider batch</source>
        <translation>no se puede registrar el lote del proveedor</translation>
    </message>
    <message>
        <source>cannot read the provider batches</source>
        <translation>no se pueden leer los lotes del proveedor</translation>
    </message>
    <message>
        <source>must be &quot;live&quot; or &quot;provider-batch&quot;, not &quot;%1&quot;</source>
        <translation>debe ser &quot;live&quot; o &quot;provider-batch&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot;, &quot;live&quot; or &quot;provider-batch&quot;, not &quot;%1&quot;</source>
        <translation>debe ser &quot;auto&quot;, &quot;live&quot; o &quot;provider-batch&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 since %2, far longer than usual</source>
        <translation>%1 desde %2, mucho más de lo habitual</translation>
    </message>
    <message numerus="yes">
        <source>refused at validation for %n of its lines</source>
        <translation>
            <numerusform>rechazado en la validación por %n de sus líneas</numerusform>
            <numerusform>rechazado en la validación por %n de sus líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>refused at validation: %1</source>
        <translation>rechazado en la validación: %1</translation>
    </message>
    <message>
        <source>the provider did not answer (%1): %2; trying again</source>
        <translation>el proveedor no respondió (%1): %2; se reintentará</translation>
    </message>
    <message>
        <source>cannot migrate the database</source>
        <translation>no se puede migrar la base de datos</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>el controlador PostgreSQL de Qt no está instalado (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL: write postgresql://user@host:port/database</source>
        <translation>no es una URL de PostgreSQL: escriba postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>the database server cannot be reached; is it running, and are the host and port right?</source>
        <translation>no se puede contactar con el servidor de bases de datos; ¿está en marcha y son correctos el host y el puerto?</translation>
    </message>
    <message>
        <source>the database server&apos;s name is not known</source>
        <translation>el nombre del servidor de bases de datos no se conoce</translation>
    </message>
    <message>
        <source>the database server did not answer in time</source>
        <translation>el servidor de bases de datos no respondió a tiempo</translation>
    </message>
    <message>
        <source>the database server refused the user or password (a password goes in ~/.pgpass or PGPASSWORD)</source>
        <translation>el servidor de bases de datos rechazó el usuario o la contraseña (la contraseña va en ~/.pgpass o PGPASSWORD)</translation>
    </message>
    <message>
        <source>the database server asks for a password (put it in ~/.pgpass or PGPASSWORD)</source>
        <translation>el servidor de bases de datos pide una contraseña (póngala en ~/.pgpass o PGPASSWORD)</translation>
    </message>
    <message>
        <source>the database does not exist; create it first (createdb)</source>
        <translation>la base de datos no existe; créela primero (createdb)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost</source>
        <translation>se perdió la conexión con el servidor de bases de datos</translation>
    </message>
    <message>
        <source>the database server ended the connection</source>
        <translation>el servidor de bases de datos cerró la conexión</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full</source>
        <translation>el disco del servidor de bases de datos está lleno</translation>
    </message>
    <message>
        <source>no store was opened</source>
        <translation>no se abrió ningún almacén</translation>
    </message>
    <message>
        <source>no step %1</source>
        <translation>no hay paso %1</translation>
    </message>
    <message>
        <source>step %1 was taken over by another Vigil</source>
        <translation>el paso %1 lo ha tomado otro Vigil</translation>
    </message>
    <message>
        <source>this Vigil&apos;s lease on it ran out before the step&apos;s result was written</source>
        <translation>el arrendamiento de este Vigil caducó antes de escribir el resultado del paso</translation>
    </message>
    <message>
        <source>no step for attempt %1</source>
        <translation>no hay paso para el intento %1</translation>
    </message>
    <message>
        <source>its step was taken over by another Vigil while it ran (this Vigil&apos;s lease ran out); its result was not kept</source>
        <translation>otro Vigil tomó su paso mientras se ejecutaba (caducó el arrendamiento de este Vigil); su resultado no se conservó</translation>
    </message>
    <message>
        <source>cannot claim steps of task %1</source>
        <translation>no se pueden reclamar pasos de la tarea %1</translation>
    </message>
    <message>
        <source>cannot renew the leases of task %1</source>
        <translation>no se pueden renovar los arrendamientos de la tarea %1</translation>
    </message>
    <message>
        <source>cannot give up the leases of task %1</source>
        <translation>no se pueden liberar los arrendamientos de la tarea %1</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds, at least 1</source>
        <translation>%1 debe ser un número entero de segundos, al menos 1</translation>
    </message>
    <message>
        <source>cannot tell other Vigils</source>
        <translation>no se puede avisar a los otros Vigil</translation>
    </message>
    <message>
        <source>another Vigil sharing the store stopped task %1</source>
        <translation>otro Vigil que comparte el almacén detuvo la tarea %1</translation>
    </message>
    <message>
        <source>the reply&apos;s head is too long</source>
        <translation>la cabecera de la respuesta es demasiado larga</translation>
    </message>
    <message>
        <source>a chunk&apos;s size cannot be read</source>
        <translation>no se puede leer el tamaño de un fragmento</translation>
    </message>
    <message>
        <source>a chunk does not end where its size said</source>
        <translation>un fragmento no termina donde indicaba su tamaño</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP/1</source>
        <translation>el servidor no respondió en HTTP/1</translation>
    </message>
    <message>
        <source>a header of the reply cannot be read</source>
        <translation>no se puede leer una cabecera de la respuesta</translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation>el servidor cambió de protocolo</translation>
    </message>
    <message>
        <source>the reply&apos;s Content-Length cannot be read</source>
        <translation>no se puede leer el Content-Length de la respuesta</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (proceso %2)</translation>
    </message>
    <message>
        <source>%1, steps held: %2</source>
        <translation>%1, pasos retenidos: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vigil cannot start: %1</source>
        <translation>Vigil no puede iniciarse: %1</translation>
    </message>
    <message>
        <source>The control socket.</source>
        <translation>El socket de control.</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>El archivo de ajustes.</translation>
    </message>
    <message>
        <source>Start in the tray, without the window.</source>
        <translation>Iniciar en la bandeja, sin la ventana.</translation>
    </message>
    <message>
        <source>Keeps long-running model tasks alive overnight.</source>
        <translation>Mantiene vivas toda la noche las tareas largas de modelos.</translation>
    </message>
    <message>
        <source>Task files to add.</source>
        <translation>Archivos de tarea que añadir.</translation>
    </message>
    <message>
        <source>The checkpoint store: a file, or a postgresql:// URL.</source>
        <translation>El almacén de puntos de control: un archivo o una URL postgresql://.</translation>
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
        <translation>%1 tokens · %2 · %3 perdidos en esperas</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
</context>
<context>
    <name>vigil::Engine</name>
    <message>
        <source>task %1 is already running</source>
        <translation>la tarea %1 ya está en curso</translation>
    </message>
    <message>
        <source>the API key could not be read: </source>
        <translation>no se pudo leer la clave de API: </translation>
    </message>
    <message>
        <source>task %1 is %2 already</source>
        <translation>la tarea %1 ya está %2</translation>
    </message>
    <message>
        <source>cancelled by the user; completed steps are kept</source>
        <translation>cancelada por el usuario; los pasos completados se conservan</translation>
    </message>
    <message>
        <source>paused by the user; completed steps are kept</source>
        <translation>pausada por el usuario; los pasos completados se conservan</translation>
    </message>
    <message>
        <source>task %1 is %2; only a running task can be paused</source>
        <translation>la tarea %1 está %2; solo se puede pausar una tarea en curso</translation>
    </message>
    <message>
        <source>task %1 is %2; there is nothing left to run</source>
        <translation>la tarea %1 está %2; no queda nada por ejecutar</translation>
    </message>
    <message>
        <source>the model must not be empty</source>
        <translation>el modelo no puede estar vacío</translation>
    </message>
    <message>
        <source>%1 is not cooling down</source>
        <translation>%1 no está en enfriamiento</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is in the keychain, and this Vigil has no keychain</source>
        <translation>la clave «%1» está en el llavero, y este Vigil no tiene llavero</translation>
    </message>
    <message>
        <source>task %1 is %2; retry-now applies to a retrying, paused or failed task</source>
        <translation>la tarea %1 está %2; retry-now se aplica a una tarea que reintenta, en pausa o fallida</translation>
    </message>
    <message>
        <source>the provider at %1 does not offer the model &quot;%2&quot;; it offers: %3</source>
        <translation>el proveedor en %1 no ofrece el modelo «%2»; ofrece: %3</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 respondió %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no backend &quot;%1&quot;</source>
        <translation>no existe el backend «%1»</translation>
    </message>
    <message>
        <source>the API key could not be read: the environment variable %1, named by provider.api_key_env, is not set; set it where Vigil runs, then resume</source>
        <translation>no se pudo leer la clave de la API: la variable de entorno %1, indicada por provider.api_key_env, no está definida; defínala donde se ejecuta Vigil y reanude</translation>
    </message>
    <message>
        <source>the checkpoint store failed: %1</source>
        <translation>el almacén de puntos de control ha fallado: %1</translation>
    </message>
    <message>
        <source>cannot create the folder of the output file %1</source>
        <translation>no se puede crear la carpeta del archivo de salida %1</translation>
    </message>
    <message>
        <source>another Vigil on this machine writes the output file %1; stop it, or name another output</source>
        <translation>otro Vigil de esta máquina escribe el archivo de salida %1; deténgalo o indique otra salida</translation>
    </message>
    <message>
        <source>cannot lock the output file %1 (%2)</source>
        <translation>no se puede bloquear el archivo de salida %1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigil::EngineHost</name>
    <message>
        <source>task %1 cannot continue: %2</source>
        <translation>la tarea %1 no puede continuar: %2</translation>
    </message>
    <message>
        <source>batch %1 %2: %3 of %4 done, %5 failed, %6 expired</source>
        <translation>lote %1 %2: %3 de %4 hechos, %5 fallidos, %6 caducados</translation>
    </message>
</context>
<context>
    <name>vigil::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>Cambiar de modelo</translation>
    </message>
</context>
<context>
    <name>vigil::KeepAwake</name>
    <message>
        <source>Tasks are running; Vigil keeps the computer awake until they end</source>
        <translation>Hay tareas en curso; Vigil mantiene el equipo despierto hasta que terminen</translation>
    </message>
</context>
<context>
    <name>vigil::Legend</name>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Stall</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Correcta</translation>
    </message>
</context>
<context>
    <name>vigil::LogindInhibitor</name>
    <message>
        <source>logind answered without a lock (the bus passes no file descriptors)</source>
        <translation>logind respondió sin bloqueo (el bus no transmite descriptores de archivo)</translation>
    </message>
</context>
<context>
    <name>vigil::NotificationCenter</name>
    <message>
        <source>at capacity</source>
        <translation>saturado</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>con límite de frecuencia</translation>
    </message>
    <message>
        <source>out of quota</source>
        <translation>sin cuota</translation>
    </message>
    <message>
        <source>refusing the API key</source>
        <translation>rechaza la clave de API</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>failing (%1)</source>
        <translation>fallando (%1)</translation>
    </message>
    <message>
        <source>Batch “%1” finished</source>
        <translation>Lote «%1» terminado</translation>
    </message>
    <message>
        <source>%1 of %2 items done, %3 failed</source>
        <translation>%1 de %2 elementos hechos, %3 fallidos</translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) done</source>
        <translation>
            <numerusform>%n elemento hecho</numerusform>
            <numerusform>Los %n elementos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is paused</source>
        <translation>«%1» está en pausa</translation>
    </message>
    <message>
        <source>%1 is %2. %3 Completed steps are kept.</source>
        <translation>%1 está %2. %3 Los pasos completados se conservan.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) paused</source>
        <translation>
            <numerusform>%n tarea en pausa</numerusform>
            <numerusform>%n tareas en pausa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Each keeps its completed steps.</source>
        <translation>%1 está %2. Cada una conserva sus pasos completados.</translation>
    </message>
    <message>
        <source>“%1” failed</source>
        <translation>«%1» ha fallado</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n tarea ha fallado</numerusform>
            <numerusform>%n tareas han fallado</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Each keeps its completed steps; fix the cause and retry.</source>
        <translation>%1 está %2. Cada una conserva sus pasos completados; corrija la causa y reintente.</translation>
    </message>
    <message>
        <source>“%1” will miss its deadline</source>
        <translation>«%1» no llegará a su plazo</translation>
    </message>
    <message>
        <source>“%1” will reach its spend cap</source>
        <translation>«%1» alcanzará su límite de gasto</translation>
    </message>
    <message>
        <source>“%1”: a provider batch ended</source>
        <translation>«%1»: un lote del proveedor terminó</translation>
    </message>
</context>
<context>
    <name>vigil::SettingsEditor</name>
    <message>
        <source>a key name is 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>un nombre de clave tiene de 1 a 100 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>la clave está vacía</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>no hay llavero</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>no se pudo escribir %1</translation>
    </message>
    <message>
        <source>%1: a price needs the model it is for</source>
        <translation>%1: un precio necesita el modelo al que se aplica</translation>
    </message>
    <message>
        <source>%1: the %2 price of %3 must be US dollars per million tokens, 0 or more</source>
        <translation>%1: el precio %2 de %3 debe ser en dólares estadounidenses por millón de tokens, 0 o más</translation>
    </message>
    <message>
        <source>the daily spend cap must be US dollars, more than 0 (empty: none)</source>
        <translation>el límite de gasto diario debe ser en dólares estadounidenses, más de 0 (vacío: ninguno)</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>precios</translation>
    </message>
    <message>
        <source>prices at %1</source>
        <translation>precios en %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL: write postgresql://user@host:port/database</source>
        <translation>«%1» no es una URL de PostgreSQL: escriba postgresql://user@host:port/database</translation>
    </message>
</context>
<context>
    <name>vigil::TaskListModel</name>
    <message>
        <source>%1 tokens · %2</source>
        <translation>%1 tokens · %2</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
</context>
<context>
    <name>vigil::TaskRunner</name>
    <message>
        <source>cancelled by the user; completed steps are kept</source>
        <translation>cancelada por el usuario; los pasos completados se conservan</translation>
    </message>
    <message>
        <source>paused by the user; completed steps are kept</source>
        <translation>pausada por el usuario; los pasos completados se conservan</translation>
    </message>
    <message>
        <source>the checkpoint store failed: %1</source>
        <translation>el almacén de puntos de control ha fallado: %1</translation>
    </message>
    <message>
        <source>the machine is offline; no attempts are spent until it is back</source>
        <translation>el equipo está sin conexión; no se gastan intentos hasta que vuelva</translation>
    </message>
    <message>
        <source>all %1 steps completed</source>
        <translation>los %1 pasos completados</translation>
    </message>
    <message>
        <source>all %1 items completed; results in %2</source>
        <translation>los %1 elementos completados; resultados en %2</translation>
    </message>
    <message>
        <source>%1 of %2 items completed, %3 failed; results and errors in %4</source>
        <translation>%1 de %2 elementos completados, %3 fallidos; resultados y errores en %4</translation>
    </message>
    <message>
        <source>%1 items, up to %2 at once</source>
        <translation>%1 elementos, hasta %2 a la vez</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>paso %1 de %2</translation>
    </message>
    <message>
        <source>attempt %1 of %2 failed (%3: %4); </source>
        <translation>intento %1 de %2 fallido (%3: %4); </translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>elemento %1: </translation>
    </message>
    <message>
        <source>step %1: </source>
        <translation>paso %1: </translation>
    </message>
    <message>
        <source>next try in %1</source>
        <translation>próximo intento en %1</translation>
    </message>
    <message>
        <source>the backend %1 is cooling down; next probe at %2</source>
        <translation>el backend %1 se está enfriando; próxima prueba a las %2</translation>
    </message>
    <message>
        <source>the backend %1 has no requests left until %2</source>
        <translation>el backend %1 no tiene solicitudes disponibles hasta %2</translation>
    </message>
    <message>
        <source>waiting for a probe of the backend %1</source>
        <translation>esperando una prueba del backend %1</translation>
    </message>
    <message>
        <source>the backend %1 recovered; resuming in turn</source>
        <translation>el backend %1 se ha recuperado; se reanuda por turnos</translation>
    </message>
    <message>
        <source>check the API key for provider %1: %2</source>
        <translation>revise la clave de API del proveedor %1: %2</translation>
    </message>
    <message>
        <source>model %1 was not found at %2 — switch model: %3</source>
        <translation>el modelo %1 no se encontró en %2 — cambie de modelo: %3</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 was refused: %2</source>
        <translation>se rechazó el certificado TLS de %1: %2</translation>
    </message>
    <message>
        <source>quota exhausted — add credit or switch provider: %1</source>
        <translation>cuota agotada — añada crédito o cambie de proveedor: %1</translation>
    </message>
    <message>
        <source>the request was rejected: %1</source>
        <translation>la solicitud fue rechazada: %1</translation>
    </message>
    <message>
        <source>retry budget exhausted on %1 after %2 attempts in %3; last: %4: %5</source>
        <translation>presupuesto de reintentos agotado en %1 tras %2 intentos en %3; último: %4: %5</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>el elemento %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>el paso %1</translation>
    </message>
    <message>
        <source>; resumes by itself at %1</source>
        <translation>; se reanuda sola a las %1</translation>
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
            <numerusform>el backend %1 está limitado por tasa a %n solicitud a la vez; esperando un hueco libre</numerusform>
            <numerusform>el backend %1 está limitado por tasa a %n solicitudes a la vez; esperando un hueco libre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks to wait until %2, longer than the step&apos;s time budget; resumes by itself then: %3: %4</source>
        <translation>%1 pide esperar hasta %2, más que el presupuesto de tiempo del paso; se reanuda sola entonces: %3: %4</translation>
    </message>
    <message>
        <source>the background response %1 is gone (%2); the step is sent again</source>
        <translation>la respuesta en segundo plano %1 ya no existe (%2); el paso se envía de nuevo</translation>
    </message>
    <message>
        <source>the cost of %1 is not known, so its spend cap cannot be kept: give its price in the settings file&apos;s &quot;prices&quot;, or take max_cost_usd out of the task&apos;s budget</source>
        <translation>el coste de %1 no se conoce, así que no se puede respetar su límite de gasto: indique su precio en &quot;prices&quot; del archivo de ajustes, o quite max_cost_usd del presupuesto de la tarea</translation>
    </message>
    <message>
        <source>spend cap reached: %1 of %2 spent; raise the cap to go on</source>
        <translation>límite de gasto alcanzado: %1 de %2 gastado; suba el límite para continuar</translation>
    </message>
    <message>
        <source>spend cap reached: %1 of %2 tokens used; raise the cap to go on</source>
        <translation>límite de gasto alcanzado: %1 de %2 tokens usados; suba el límite para continuar</translation>
    </message>
    <message>
        <source>at the cost so far, the task will need about %1 and stop at its cap of %2</source>
        <translation>al coste actual, la tarea necesitará unos %1 y se detendrá en su límite de %2</translation>
    </message>
    <message>
        <source>at the tokens so far, the task will need about %1 and stop at its cap of %2</source>
        <translation>con los tokens usados hasta ahora, la tarea necesitará unos %1 y se detendrá en su límite de %2</translation>
    </message>
    <message>
        <source>switch to a faster model, or raise the batch&apos;s concurrency (now %1)</source>
        <translation>cambie a un modelo más rápido, o suba la concurrencia del lote (ahora %1)</translation>
    </message>
    <message>
        <source>switch to a faster model</source>
        <translation>cambie a un modelo más rápido</translation>
    </message>
    <message>
        <source>at its pace so far the task ends about %1, after its deadline %2: %3</source>
        <translation>al ritmo actual la tarea termina hacia las %1, después de su plazo %2: %3</translation>
    </message>
    <message>
        <source>cancelled with the task; its provider batch was asked to stop</source>
        <translation>cancelado con la tarea; se pidió detener su lote del proveedor</translation>
    </message>
    <message>
        <source>one being created</source>
        <translation>uno en creación</translation>
    </message>
    <message numerus="yes">
        <source>%1 items in %n provider batch(es): %2</source>
        <translation>
            <numerusform>%1 elementos en %n lote del proveedor: %2</numerusform>
            <numerusform>%1 elementos en %n lotes del proveedor: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>retry budget exhausted on item %1 after %2 attempts; last: %3: %4</source>
        <translation>presupuesto de reintentos agotado en el elemento %1 tras %2 intentos; último: %3: %4</translation>
    </message>
    <message>
        <source>the checkpoint store cannot be reached: %1; the task goes on once it is back</source>
        <translation>no se puede contactar con el almacén de puntos de control: %1; la tarea sigue en cuanto vuelva</translation>
    </message>
    <message>
        <source>%1; the other Vigils sharing the task go on with it</source>
        <translation>%1; los demás Vigils que comparten la tarea la continúan</translation>
    </message>
</context>
<context>
    <name>vigil::TrayIcon</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en curso</numerusform>
            <numerusform>%n en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retrying</source>
        <translation>
            <numerusform>%n reintentando</numerusform>
            <numerusform>%n reintentando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n le necesita</numerusform>
            <numerusform>%n le necesitan</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigil — nothing running</source>
        <translation>Vigil — nada en curso</translation>
    </message>
    <message>
        <source>Vigil — %1</source>
        <translation>Vigil — %1</translation>
    </message>
    <message>
        <source>Resume “%1”</source>
        <translation>Reanudar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n more paused in the window…</source>
        <translation>
            <numerusform>%n más en pausa en la ventana…</numerusform>
            <numerusform>%n más en pausa en la ventana…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pausar todo</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Reanudar todo</translation>
    </message>
    <message>
        <source>Show Vigil</source>
        <translation>Mostrar Vigil</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Vigil keeps working</source>
        <translation>Vigil sigue trabajando</translation>
    </message>
    <message>
        <source>Vigil is still running in the tray and tells you when a task needs you. Quit from the tray menu.</source>
        <translation>Vigil sigue en la bandeja y le avisa cuando una tarea le necesite. Salga desde el menú de la bandeja.</translation>
    </message>
</context>
</TS>
