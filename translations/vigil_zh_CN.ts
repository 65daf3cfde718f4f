<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttemptTimeline</name>
    <message>
        <source>in flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>无 HTTP 状态</translation>
    </message>
    <message>
        <source>Step %1, attempt %2 — %3 — %4, %5</source>
        <translation>步骤 %1，第 %2 次尝试 — %3 — %4，%5</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message numerus="yes">
        <source>Attempt timeline, %n attempt(s)</source>
        <translation>
            <numerusform>尝试时间线，共 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>While you were away</source>
        <translation>您离开期间</translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n 个已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n 个已暂停</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>BackendsBar</name>
    <message>
        <source>waiting for its announced limit to reset</source>
        <translation>等待其公布的限额重置</translation>
    </message>
    <message>
        <source>at capacity</source>
        <translation>容量已满</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>受速率限制</translation>
    </message>
    <message>
        <source>quota exhausted</source>
        <translation>配额已用完</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>冷却中</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %3; %n step(s) waiting</source>
        <translation>
            <numerusform>%2 上的 %1：%3；%n 个步骤在等待</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%2 上的 %1：%3</translation>
    </message>
    <message>
        <source>the next request tests it</source>
        <translation>下一个请求会测试它</translation>
    </message>
    <message>
        <source>next probe</source>
        <translation>下次探测</translation>
    </message>
    <message>
        <source>Probe now</source>
        <translation>立即探测</translation>
    </message>
    <message>
        <source>Probe %1 now</source>
        <translation>立即探测 %1</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Configure a provider in Settings first.</source>
        <translation>请先在设置中配置一个提供方。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批处理</translation>
    </message>
    <message>
        <source>One prompt per line; each is a turn of the conversation</source>
        <translation>每行一个提示词；每个都是对话中的一轮</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Items (JSONL)</source>
        <translation>条目（JSONL）</translation>
    </message>
    <message>
        <source>a file of JSON lines</source>
        <translation>一个 JSON Lines 文件</translation>
    </message>
    <message>
        <source>Items file</source>
        <translation>条目文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Summarise: {{text}}</source>
        <translation>总结：{{text}}</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>提示词模板</translation>
    </message>
    <message>
        <source>Results to</source>
        <translation>结果写入</translation>
    </message>
    <message>
        <source>beside the items, .out.jsonl</source>
        <translation>与条目文件同目录，.out.jsonl</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>并发</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>并发请求数</translation>
    </message>
    <message>
        <source>Items of the batch</source>
        <translation>批处理的条目</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>JSON Lines（*.jsonl *.json）</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>%n 秒后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 min %2 s</source>
        <translation>%1 分 %2 秒后</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>于 %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>Vigil — %n task(s) need you</source>
        <translation>
            <numerusform>Vigil — %n 个任务需要您处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>添加任务…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Show tasks in state</source>
        <translation>按状态显示任务</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Show tasks whose last error is</source>
        <translation>按最近错误显示任务</translation>
    </message>
    <message>
        <source>Any error</source>
        <translation>任意错误</translation>
    </message>
    <message>
        <source>Search names, models, errors (Ctrl+F)</source>
        <translation>搜索名称、模型、错误（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>%1 running · %2 retrying · %3 need you</source>
        <translation>%1 运行中 · %2 重试中 · %3 需要您处理</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Switch model…</source>
        <translation>切换模型…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>No tasks yet. Add a task file with Add task… (Ctrl+O).</source>
        <translation>还没有任务。请用“添加任务…”（Ctrl+O）添加任务文件。</translation>
    </message>
    <message>
        <source>No task matches the filters.</source>
        <translation>没有符合筛选条件的任务。</translation>
    </message>
    <message>
        <source>Add a task file</source>
        <translation>添加任务文件</translation>
    </message>
    <message>
        <source>Task files (*.json)</source>
        <translation>任务文件（*.json）</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n task(s)?</source>
        <translation>
            <numerusform>取消 %n 个任务？</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts in flight are stopped. Completed steps and outputs are kept.</source>
        <translation>进行中的尝试会被停止。已完成的步骤和输出会保留。</translation>
    </message>
    <message>
        <source>Quit Vigil?</source>
        <translation>退出 Vigil？</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) are still working. They stop now and continue when Vigil starts again.</source>
        <translation>
            <numerusform>还有 %n 个任务在运行。它们现在停止，下次启动 Vigil 时继续。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Not reachable: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) offered</source>
        <translation>
            <numerusform>已连接：提供 %n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected (the provider gives no model list)</source>
        <translation>已连接（提供方未提供模型列表）</translation>
    </message>
    <message>
        <source>The keychain refused the key: %1</source>
        <translation>钥匙串拒绝了该密钥：%1</translation>
    </message>
    <message>
        <source>The key is in the keychain as “%1”; Save to use it.</source>
        <translation>密钥已以“%1”存入钥匙串；保存后生效。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>provider%1</source>
        <translation>provider%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>提供方名称</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>model-a, model-b (optional)</source>
        <translation>model-a, model-b（可选）</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>API key, kept in the keychain as “%1”</source>
        <translation>API 密钥，已以“%1”存入钥匙串</translation>
    </message>
    <message>
        <source>API key: paste it to keep it in the keychain</source>
        <translation>API 密钥：粘贴后存入钥匙串</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>存入钥匙串</translation>
    </message>
    <message>
        <source>…or variable</source>
        <translation>…或环境变量</translation>
    </message>
    <message>
        <source>an environment variable holding the key</source>
        <translation>保存密钥的环境变量</translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation>保存密钥的环境变量</translation>
    </message>
    <message>
        <source>Save and test connection</source>
        <translation>保存并测试连接</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>正在询问提供方…</translation>
    </message>
    <message>
        <source>Retry figures for every task</source>
        <translation>所有任务的重试参数</translation>
    </message>
    <message>
        <source>Attempts per step</source>
        <translation>每步尝试次数</translation>
    </message>
    <message>
        <source>Minutes per step</source>
        <translation>每步分钟数</translation>
    </message>
    <message>
        <source>First byte within (s)</source>
        <translation>首字节时限（秒）</translation>
    </message>
    <message>
        <source>Seconds to the first byte</source>
        <translation>首字节前的秒数</translation>
    </message>
    <message>
        <source>Silent stream cut after (s)</source>
        <translation>静默流在（秒）后切断</translation>
    </message>
    <message>
        <source>Seconds of silence in a stream</source>
        <translation>流中静默的秒数</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Notify when a task pauses</source>
        <translation>任务暂停时通知</translation>
    </message>
    <message>
        <source>Notify when a task fails</source>
        <translation>任务失败时通知</translation>
    </message>
    <message>
        <source>Notify when a batch finishes</source>
        <translation>批处理完成时通知</translation>
    </message>
    <message>
        <source>Keep the computer awake while tasks run</source>
        <translation>任务运行时保持电脑唤醒</translation>
    </message>
    <message>
        <source>Start Vigil with the session</source>
        <translation>随会话启动 Vigil</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>启动时最小化到托盘</translation>
    </message>
    <message>
        <source>Saved in %1, which `vigil` reads too.</source>
        <translation>保存在 %1，`vigil` 也会读取它。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
</context>
<context>
    <name>SwitchModelDialog</name>
    <message>
        <source>Switch model</source>
        <translation>切换模型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>The task&apos;s own</source>
        <translation>任务自带的</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Asking the provider for its models…</source>
        <translation>正在向提供方获取模型列表…</translation>
    </message>
    <message>
        <source>The provider&apos;s model list is not available: %1</source>
        <translation>无法获取提供方的模型列表：%1</translation>
    </message>
    <message>
        <source>The provider gives no model list; type the model&apos;s name.</source>
        <translation>提供方未提供模型列表；请输入模型名称。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered.</source>
        <translation>
            <numerusform>提供 %n 个模型。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <source>Select a task to see its steps and attempts.</source>
        <translation>选择一个任务以查看其步骤和尝试。</translation>
    </message>
    <message>
        <source>%1 on %2 — %3</source>
        <translation>%2 上的 %1 — %3</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Retry after fixing</source>
        <translation>修复后重试</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Switch model…</source>
        <translation>切换模型…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copy for support</source>
        <translation>复制给支持人员</translation>
    </message>
    <message>
        <source>Copies the task and its attempts, without keys, for a support request</source>
        <translation>复制任务及其尝试（不含密钥），用于支持请求</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 次尝试</numerusform>
        </translation>
    </message>
    <message>
        <source>Output of step %1</source>
        <translation>步骤 %1 的输出</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>%1, %2, %3 of %4 steps done</source>
        <translation>%1，%2，已完成 %3/%4 步</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>选择 %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>%1/%2 steps, %3 failed</source>
        <translation>%1/%2 步，%3 失败</translation>
    </message>
    <message>
        <source>%1/%2 steps</source>
        <translation>%1/%2 步</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>第 %1/%2 次尝试</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Stall</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>成功</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vigil cannot start: %1</source>
        <translation>Vigil 无法启动：%1</translation>
    </message>
</context>
<context>
    <name>vigil::Engine</name>
    <message>
        <source>task %1 is already running</source>
        <translation>任务 %1 已在运行</translation>
    </message>
    <message>
        <source>the API key could not be read: </source>
        <translation>无法读取 API 密钥：</translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation>没有任务 %1</translation>
    </message>
    <message>
        <source>task %1 is %2 already</source>
        <translation>任务 %1 已经是 %2</translation>
    </message>
    <message>
        <source>cancelled by the user; completed steps are kept</source>
        <translation>已由用户取消；已完成的步骤会保留</translation>
    </message>
    <message>
        <source>paused by the user; completed steps are kept</source>
        <translation>已由用户暂停；已完成的步骤会保留</translation>
    </message>
    <message>
        <source>task %1 is %2; only a running task can be paused</source>
        <translation>任务 %1 为 %2；只有运行中的任务可以暂停</translation>
    </message>
    <message>
        <source>task %1 is %2; there is nothing left to run</source>
        <translation>任务 %1 为 %2；没有剩余可运行的内容</translation>
    </message>
    <message>
        <source>the model must not be empty</source>
        <translation>模型不能为空</translation>
    </message>
    <message>
        <source>%1 is not cooling down</source>
        <translation>%1 未在冷却中</translation>
    </message>
</context>
<context>
    <name>vigil::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>切换模型</translation>
    </message>
</context>
<context>
    <name>vigil::KeepAwake</name>
    <message>
        <source>Tasks are running; Vigil keeps the computer awake until they end</source>
        <translation>有任务在运行；Vigil 会让电脑保持唤醒直到它们结束</translation>
    </message>
</context>
<context>
    <name>vigil::NotificationCenter</name>
    <message>
        <source>at capacity</source>
        <translation>容量已满</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>受速率限制</translation>
    </message>
    <message>
        <source>out of quota</source>
        <translation>配额已用完</translation>
    </message>
    <message>
        <source>refusing the API key</source>
        <translation>拒绝了 API 密钥</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>failing (%1)</source>
        <translation>出错（%1）</translation>
    </message>
    <message>
        <source>Batch “%1” finished</source>
        <translation>批处理“%1”已完成</translation>
    </message>
    <message>
        <source>%1 of %2 items done, %3 failed</source>
        <translation>已完成 %1/%2 个条目，%3 个失败</translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) done</source>
        <translation>
            <numerusform>全部 %n 个条目已完成</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is paused</source>
        <translation>“%1”已暂停</translation>
    </message>
    <message>
        <source>%1 is %2. %3 Completed steps are kept.</source>
        <translation>%1 %2。%3 已完成的步骤会保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) paused</source>
        <translation>
            <numerusform>%n 个任务已暂停</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Each keeps its completed steps.</source>
        <translation>%1 %2。每个任务都保留已完成的步骤。</translation>
    </message>
    <message>
        <source>“%1” failed</source>
        <translation>“%1”失败</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n 个任务失败</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Each keeps its completed steps; fix the cause and retry.</source>
        <translation>%1 %2。每个任务都保留已完成的步骤；请修复原因后重试。</translation>
    </message>
</context>
<context>
    <name>vigil::SettingsEditor</name>
    <message>
        <source>a key name is 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>密钥名为 1 到 100 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>密钥为空</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>没有钥匙串</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>vigil::TaskRunner</name>
    <message>
        <source>cancelled by the user; completed steps are kept</source>
        <translation>已由用户取消；已完成的步骤会保留</translation>
    </message>
    <message>
        <source>paused by the user; completed steps are kept</source>
        <translation>已由用户暂停；已完成的步骤会保留</translation>
    </message>
    <message>
        <source>the checkpoint store failed: %1</source>
        <translation>检查点存储失败：%1</translation>
    </message>
    <message>
        <source>the machine is offline; no attempts are spent until it is back</source>
        <translation>机器已离线；恢复前不会消耗尝试次数</translation>
    </message>
    <message>
        <source>all %1 steps completed</source>
        <translation>全部 %1 个步骤已完成</translation>
    </message>
    <message>
        <source>all %1 items completed; results in %2</source>
        <translation>全部 %1 个条目已完成；结果在 %2</translation>
    </message>
    <message>
        <source>%1 of %2 items completed, %3 failed; results and errors in %4</source>
        <translation>已完成 %1/%2 个条目，%3 个失败；结果和错误在 %4</translation>
    </message>
    <message>
        <source>%1 items, up to %2 at once</source>
        <translation>%1 个条目，最多同时 %2 个</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message>
        <source>attempt %1 of %2 failed (%3: %4); </source>
        <translation>第 %1/%2 次尝试失败（%3：%4）；</translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>条目 %1：</translation>
    </message>
    <message>
        <source>step %1: </source>
        <translation>步骤 %1：</translation>
    </message>
    <message>
        <source>next try in %1</source>
        <translation>%1 后再次尝试</translation>
    </message>
    <message>
        <source>the backend %1 is cooling down; next probe at %2</source>
        <translation>后端 %1 正在冷却；下次探测于 %2</translation>
    </message>
    <message>
        <source>the backend %1 has no requests left until %2</source>
        <translation>后端 %1 在 %2 之前没有剩余请求额度</translation>
    </message>
    <message>
        <source>waiting for a probe of the backend %1</source>
        <translation>等待对后端 %1 的探测</translation>
    </message>
    <message>
        <source>the backend %1 recovered; resuming in turn</source>
        <translation>后端 %1 已恢复；按顺序继续</translation>
    </message>
    <message>
        <source>check the API key for provider %1: %2</source>
        <translation>请检查提供方 %1 的 API 密钥：%2</translation>
    </message>
    <message>
        <source>model %1 was not found at %2 — switch model: %3</source>
        <translation>在 %2 上找不到模型 %1 — 请切换模型：%3</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 was refused: %2</source>
        <translation>%1 的 TLS 证书被拒绝：%2</translation>
    </message>
    <message>
        <source>quota exhausted — add credit or switch provider: %1</source>
        <translation>配额已用完 — 请充值或更换提供方：%1</translation>
    </message>
    <message>
        <source>the request was rejected: %1</source>
        <translation>请求被拒绝：%1</translation>
    </message>
    <message>
        <source> (offline; not charged)</source>
        <translation>（离线；不计入）</translation>
    </message>
    <message>
        <source>retry budget exhausted on %1 after %2 attempts in %3; last: %4: %5</source>
        <translation>%1 的重试额度已用完（%3 内 %2 次尝试）；最后一次：%4：%5</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>; resumes by itself at %1</source>
        <translation>；将于 %1 自动继续</translation>
    </message>
</context>
<context>
    <name>vigil::TrayIcon</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retrying</source>
        <translation>
            <numerusform>%n 个重试中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you</source>
        <translation>
            <numerusform>%n 个需要您处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigil — nothing running</source>
        <translation>Vigil — 没有运行中的任务</translation>
    </message>
    <message>
        <source>Vigil — %1</source>
        <translation>Vigil — %1</translation>
    </message>
    <message>
        <source>Resume “%1”</source>
        <translation>继续“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n more paused in the window…</source>
        <translation>
            <numerusform>窗口中还有 %n 个已暂停…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>全部暂停</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>全部继续</translation>
    </message>
    <message>
        <source>Show Vigil</source>
        <translation>显示 Vigil</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Vigil keeps working</source>
        <translation>Vigil 仍在工作</translation>
    </message>
    <message>
        <source>Vigil is still running in the tray and tells you when a task needs you. Quit from the tray menu.</source>
        <translation>Vigil 仍在托盘中运行，任务需要您时会通知您。请从托盘菜单退出。</translation>
    </message>
</context>
</TS>
