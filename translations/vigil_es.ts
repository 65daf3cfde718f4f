<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
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
</context>
<context>
    <name>Theme</name>
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
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Correcta</translation>
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
    <name>main</name>
    <message>
        <source>Vigil cannot start: %1</source>
        <translation>Vigil no puede iniciarse: %1</translation>
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
        <source>no task %1</source>
        <translation>no hay tarea %1</translation>
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
        <source> (offline; not charged)</source>
        <translation> (sin conexión; no se cuenta)</translation>
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
