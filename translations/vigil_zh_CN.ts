<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityChart</name>
    <message>
        <source>Nothing sent yet</source>
        <translation>尚未发送任何内容</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Attempts from %1 to %2 — %3; %4</source>
        <translation>%1 至 %2 的尝试 — %3；%4</translation>
    </message>
    <message>
        <source>none ended</source>
        <translation>没有已结束的</translation>
    </message>
    <message>
        <source>Attempts, waits and cost over time</source>
        <translation>随时间变化的尝试、等待和费用</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>held back by a backend</source>
        <translation>被后端阻滞</translation>
    </message>
    <message>
        <source>cost so far</source>
        <translation>目前费用</translation>
    </message>
</context>
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
    <message>
        <source>Re-attached to the response the provider went on generating, after its event %1: not paid for again</source>
        <translation>已重新连接到提供方继续生成的响应，从其事件 %1 之后继续：不会重复付费</translation>
    </message>
    <message>
        <source>Service tier: %1</source>
        <translation>服务层级：%1</translation>
    </message>
    <message>
        <source>What arrived before the stream broke (kept for you to read; not the output): %1</source>
        <translation>流中断前收到的内容（保留供查看；不是输出）：%1</translation>
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
    <message numerus="yes">
        <source>rate-limited; up to %n request(s) at once</source>
        <translation>
            <numerusform>受速率限制；同时最多 %n 个请求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write JSON-line events to FILE, or - for stdout.</source>
        <translation>将事件以 JSON 行写入 FILE，或用 - 写到标准输出。</translation>
    </message>
    <message>
        <source>The settings file (providers, retry figures).</source>
        <translation>设置文件（提供方、重试参数）。</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>%1 秒后</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>%1 分钟后</translation>
    </message>
    <message>
        <source>no tasks</source>
        <translation>没有任务</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>ATTEMPT</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>NEXT RETRY</source>
        <translation>下次重试</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 个失败</translation>
    </message>
    <message>
        <source>resumes %1</source>
        <translation>%1 恢复</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>task %1: %2 (batch)</source>
        <translation>任务 %1：%2（批处理）</translation>
    </message>
    <message>
        <source>task %1: %2 (conversation)</source>
        <translation>任务 %1：%2（对话）</translation>
    </message>
    <message>
        <source>state: %1 — %2</source>
        <translation>状态：%1 — %2</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>TEXT OR ERROR</source>
        <translation>文本或错误</translation>
    </message>
    <message>
        <source>attempts:</source>
        <translation>尝试：</translation>
    </message>
    <message>
        <source>step %1 #%2</source>
        <translation>步骤 %1 #%2</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>next try after %1 ms</source>
        <translation>%1 毫秒后再试</translation>
    </message>
    <message>
        <source>The running Vigil&apos;s control socket.</source>
        <translation>正在运行的 Vigil 的控制套接字。</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>以 JSON 输出应答。</translation>
    </message>
    <message>
        <source>switch-model: the configured provider that offers MODEL.</source>
        <translation>switch-model：提供 MODEL 的已配置提供方。</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>需要 %n 个参数</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task id</source>
        <translation>“%1”不是任务 ID</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>handed to the running Vigil as task %1</source>
        <translation>已作为任务 %1 交给正在运行的 Vigil</translation>
    </message>
    <message>
        <source>cannot open the event log %1: %2</source>
        <translation>无法打开事件日志 %1：%2</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>%1 的 API 密钥：</translation>
    </message>
    <message>
        <source>takes one name, as in: %1</source>
        <translation>需要一个名称，例如：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key name: 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>“%1”不是有效的密钥名：1 到 100 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;</translation>
    </message>
    <message>
        <source>no key was given on standard input</source>
        <translation>标准输入中没有提供密钥</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is in the keychain; providers use it with &quot;api_key_keychain&quot;: &quot;%1&quot;.</source>
        <translation>密钥“%1”已存入钥匙串；提供方通过 &quot;api_key_keychain&quot;: &quot;%1&quot; 使用它。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is no longer in the keychain.</source>
        <translation>密钥“%1”已不在钥匙串中。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>%1: %2/%3 items done</source>
        <translation>%1：已完成 %2/%3 个条目</translation>
    </message>
    <message>
        <source>%1: %2/%3 steps done</source>
        <translation>%1：已完成 %2/%3 个步骤</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>%1 in flight on %2</source>
        <translation>%2 上有 %1 个进行中</translation>
    </message>
    <message>
        <source>step %1, attempt %2 of %3 on %4</source>
        <translation>步骤 %1，第 %2/%3 次尝试，%4</translation>
    </message>
    <message>
        <source>Runs one task to its end without a window.</source>
        <translation>在无窗口的情况下将一个任务运行到结束。</translation>
    </message>
    <message>
        <source>The task file (JSON).</source>
        <translation>任务文件（JSON）。</translation>
    </message>
    <message>
        <source>expected exactly one task file</source>
        <translation>需要且仅需要一个任务文件</translation>
    </message>
    <message>
        <source>The control socket.</source>
        <translation>控制套接字。</translation>
    </message>
    <message>
        <source>another Vigil is already running (its socket is %1)</source>
        <translation>已有另一个 Vigil 在运行（其套接字为 %1）</translation>
    </message>
    <message>
        <source>task %1 cannot continue: %2</source>
        <translation>任务 %1 无法继续：%2</translation>
    </message>
    <message numerus="yes">
        <source>listening at %1 with %2; %n task(s) continued</source>
        <translation>
            <numerusform>正在 %1 监听，使用 %2；已继续 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>backend: %1 — %2</source>
        <translation>后端：%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>; rate-limited to %n request(s) at once</source>
        <translation>
            <numerusform>；受速率限制，同时最多 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>; next probe %1</source>
        <translation>；下次探测：%1</translation>
    </message>
    <message>
        <source>Let the computer sleep while tasks work (by default logind&apos;s sleep and idle inhibitor is held until no work is left).</source>
        <translation>允许计算机在任务运行期间休眠（默认情况下会持有 logind 的休眠与空闲抑制锁，直到没有剩余工作）。</translation>
    </message>
    <message>
        <source>%1 tokens, %2</source>
        <translation>%1 个令牌，%2</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
    </message>
    <message>
        <source>SPENT</source>
        <translation>已花费</translation>
    </message>
    <message>
        <source>spent: %1 (input %2, cached %3, output %4)</source>
        <translation>已花费：%1（输入 %2，缓存 %3，输出 %4）</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) at a price not known</source>
        <translation>
            <numerusform>%n 次尝试价格未知</numerusform>
        </translation>
    </message>
    <message>
        <source>shipped prices as of %1</source>
        <translation>内置价格截至 %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个令牌</translation>
    </message>
    <message>
        <source>spend cap: %1</source>
        <translation>花费上限：%1</translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens, %3</source>
        <translation>输入 %1 / 输出 %2 个令牌，%3</translation>
    </message>
    <message>
        <source>set-budget: the most the task may cost, in US dollars.</source>
        <translation>set-budget：任务最多可花费的金额（美元）。</translation>
    </message>
    <message>
        <source>set-budget: the most tokens the task may use.</source>
        <translation>set-budget：任务最多可使用的令牌数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
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
        <translation>用法：
  vigil run TASK.json [--db PATH] [--events FILE|-] [--settings PATH]
        [--allow-sleep]
      在无窗口的情况下将一个任务运行到结束。
      退出状态：0 已完成，1 无法运行（数据库或事件日志），2 输入有误，
      3 失败，4 已暂停，5 批处理中有失败的条目。
  vigil serve [TASK.json...] [--db PATH] [--socket PATH] [--events FILE|-]
        [--settings PATH] [--allow-sleep]
      在无窗口的情况下运行引擎及其控制套接字，并加入给定的任务文件；
      如果已有 Vigil 在运行，则把文件交给它。
      两者都会在任务运行期间阻止计算机休眠（logind 的抑制器），
      除非指定 --allow-sleep。
  vigil list [--json] | add TASK.json | show ID [--json] | pause ID | resume ID
        | retry-now ID | switch-model ID MODEL [--provider NAME] | cancel ID
        | set-budget ID [--max-cost USD] [--max-tokens N] [--socket PATH]
      操作正在运行的 Vigil。退出状态：0 完成，1 没有正在运行的 Vigil，
      2 被拒绝（消息中说明原因）。
  vigil set-key NAME | remove-key NAME
      将从标准输入读取的 API 密钥存入系统钥匙串（或将其删除）；
      提供方通过 &quot;api_key_keychain&quot;: &quot;NAME&quot; 使用它。
      退出状态：0 完成，1 钥匙串出错，2 用法错误。
  vigil --version
</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>已花费 %1</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1（晚于截止）</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>预计完成</translation>
    </message>
    <message>
        <source>expected end: %1</source>
        <translation>预计完成：%1</translation>
    </message>
    <message>
        <source>deadline: %1</source>
        <translation>截止时间：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>约 %1 完成</translation>
    </message>
    <message>
        <source>provider batches:</source>
        <translation>提供方批处理：</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>批处理</translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>DONE / FAILED / EXPIRED / OF</source>
        <translation>完成 / 失败 / 过期 / 共</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>尚未创建</translation>
    </message>
    <message>
        <source>The checkpoint store: a file, or a postgresql:// URL.</source>
        <translation>检查点存储：一个文件，或一个 postgresql:// URL。</translation>
    </message>
    <message>
        <source>run now by: %1</source>
        <translation>当前运行者：%1</translation>
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
    <name>PriceEditor</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>%1: model of price %2</source>
        <translation>%1：价格 %2 的模型</translation>
    </message>
    <message>
        <source>%1: %2 price of %3, US dollars per million tokens</source>
        <translation>%1：%3 的 %2 价格，每百万令牌美元</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the price of %1</source>
        <translation>移除 %1 的价格</translation>
    </message>
    <message>
        <source>Add a price</source>
        <translation>添加价格</translation>
    </message>
</context>
<context>
    <name>ProviderBatchList</name>
    <message>
        <source>not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>尚未创建</translation>
    </message>
    <message>
        <source>%1 · repair %2</source>
        <translation>%1 · 修复 %2</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed, %4 expired</source>
        <translation>%2 个中已完成 %1 个，失败 %3 个，过期 %4 个</translation>
    </message>
    <message>
        <source>created %1, ended %2</source>
        <translation>创建于 %1，结束于 %2</translation>
    </message>
    <message>
        <source>created %1, expires %2</source>
        <translation>创建于 %1，过期于 %2</translation>
    </message>
    <message>
        <source>Provider batches: %1 of %2 requests done</source>
        <translation>提供方批处理：%2 个请求中已完成 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>Provider batches — %1 of %2 requests done in %n batch(es)</source>
        <translation>
            <numerusform>提供方批处理 — %n 个批处理中，%2 个请求已完成 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider batch id</source>
        <translation>提供方批处理 ID</translation>
    </message>
    <message>
        <source>Progress of the provider batch</source>
        <translation>提供方批处理的进度</translation>
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
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Daily cap for all tasks, US dollars</source>
        <translation>所有任务的每日上限（美元）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Daily spend cap for all tasks, in US dollars</source>
        <translation>所有任务的每日支出上限（美元）</translation>
    </message>
    <message>
        <source>Prices for every provider, in US dollars per million tokens. Vigil&apos;s own table, dated %1, prices the common models at OpenAI, Anthropic and Gemini&apos;s own hosts; a price here wins over it, and a provider&apos;s own over both. A model nobody priced has no cost: it reads “cost unknown”.</source>
        <translation>所有提供商的价格，单位为每百万令牌美元。Vigil 自带的价格表（%1）为 OpenAI、Anthropic 和 Gemini 自有主机上的常用模型定价；此处的价格优先于它，提供商自己的价格优先于两者。没有价格的模型没有费用：显示“费用未知”。</translation>
    </message>
    <message>
        <source>Every provider</source>
        <translation>所有提供商</translation>
    </message>
    <message>
        <source>Checkpoint store</source>
        <translation>检查点存储</translation>
    </message>
    <message>
        <source>A file, or a PostgreSQL database as postgresql://user@host:port/database (Vigils sharing it share a batch&apos;s items). Vigil opens it at its next start, unless started with --db.</source>
        <translation>一个文件，或 postgresql://user@host:port/database 形式的 PostgreSQL 数据库（共享它的多个 Vigil 分担批处理的条目）。除非以 --db 启动，Vigil 会在下次启动时打开它。</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>A local OpenAI-/Anthropic-compatible model server with deterministic replies and scripted faults, for rehearsing Vigil&apos;s retry settings. Listens on 127.0.0.1 only.</source>
        <translation>本地的 OpenAI/Anthropic 兼容模型服务器，应答确定、故障按脚本发生，用于演练 Vigil 的重试设置。仅在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>TCP port (0 picks a free one).</source>
        <translation>TCP 端口（0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>A built-in profile (%1) or a profile JSON file.</source>
        <translation>内置配置（%1）或配置 JSON 文件。</translation>
    </message>
    <message>
        <source>Print the built-in profiles.</source>
        <translation>列出内置配置。</translation>
    </message>
    <message>
        <source>cannot read the profile %1: %2</source>
        <translation>无法读取配置 %1：%2</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>not a port number</source>
        <translation>不是端口号</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>无法在 127.0.0.1:%1 上监听：%2</translation>
    </message>
    <message>
        <source>vigil-sim listening on %1 (profile %2)</source>
        <translation>vigil-sim 正在 %1 监听（配置 %2）</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知键“%1”</translation>
    </message>
    <message>
        <source>script: unknown fault &quot;%1&quot;</source>
        <translation>script：未知故障“%1”</translation>
    </message>
    <message>
        <source>step_scripts: unknown fault &quot;%1&quot;</source>
        <translation>step_scripts：未知故障“%1”</translation>
    </message>
    <message>
        <source>capacity_windows: unknown response &quot;%1&quot;</source>
        <translation>capacity_windows：未知应答“%1”</translation>
    </message>
    <message>
        <source>rate_limit: requests and window_ms must be positive</source>
        <translation>rate_limit：requests 和 window_ms 必须为正数</translation>
    </message>
    <message>
        <source>faults: unknown kind &quot;%1&quot;</source>
        <translation>faults：未知类型“%1”</translation>
    </message>
    <message>
        <source>background_retention_ms must not be negative</source>
        <translation>background_retention_ms 不能为负数</translation>
    </message>
    <message>
        <source>flex_unavailable must be between 0 and 1</source>
        <translation>flex_unavailable 必须介于 0 和 1 之间</translation>
    </message>
    <message>
        <source>batches: unknown key &quot;%1&quot;</source>
        <translation>batches：未知的键 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>batches: durations must not be negative, and window_ms is positive</source>
        <translation>batches：时长不能为负，window_ms 须为正</translation>
    </message>
    <message>
        <source>batches: limits must be positive</source>
        <translation>batches：上限必须为正</translation>
    </message>
    <message>
        <source>batches: unknown batch fault &quot;%1&quot;</source>
        <translation>batches：未知的批处理故障 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>batches: %1: unknown kind &quot;%2&quot;</source>
        <translation>batches：%1：未知的类型 &quot;%2&quot;</translation>
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
    <message>
        <source>Paused at its spend cap: $%1 of $%2 spent. New cap:</source>
        <translation>已在支出上限处暂停：已花费 $%1 / $%2。新上限：</translation>
    </message>
    <message>
        <source>Paused at its spend cap: %1 of %2 tokens used. New cap:</source>
        <translation>已在支出上限处暂停：已使用 %1 / %2 个令牌。新上限：</translation>
    </message>
    <message>
        <source>New cost cap in US dollars</source>
        <translation>新的费用上限（美元）</translation>
    </message>
    <message>
        <source>New token cap</source>
        <translation>新的令牌上限</translation>
    </message>
    <message>
        <source>Raise cap and resume</source>
        <translation>提高上限并继续</translation>
    </message>
    <message>
        <source>The new cap must be above what the task has spent</source>
        <translation>新上限必须高于任务已花费的金额</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message>
        <source>Run now by: %1</source>
        <translation>当前运行者：%1</translation>
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
    <message>
        <source>ends about %1, late</source>
        <translation>约 %1 完成，晚于截止</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>约 %1 完成</translation>
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
    <name>Vigil</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>发送前已取消</translation>
    </message>
    <message>
        <source>the reply exceeded %1 bytes</source>
        <translation>应答超过了 %1 字节</translation>
    </message>
    <message>
        <source>a stream line exceeded the size limit</source>
        <translation>流中的一行超过了大小上限</translation>
    </message>
    <message>
        <source>cannot create the folder of the output file %1</source>
        <translation>无法创建输出文件 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>cannot open the output file %1: %2</source>
        <translation>无法打开输出文件 %1：%2</translation>
    </message>
    <message>
        <source>%1: line %2: not a result of this batch; move the file away or name another output</source>
        <translation>%1：第 %2 行：不是此批处理的结果；请移走该文件或指定其他输出</translation>
    </message>
    <message>
        <source>%1: line %2: a second result for the item %3; move the file away or name another output</source>
        <translation>%1：第 %2 行：条目 %3 的第二个结果；请移走该文件或指定其他输出</translation>
    </message>
    <message>
        <source>cannot repair the output file %1: %2</source>
        <translation>无法修复输出文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the output file %1: %2</source>
        <translation>无法写入输出文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot flush the output file %1 to the disk</source>
        <translation>无法将输出文件 %1 写入磁盘</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>the connection was closed or reset before the reply was complete</source>
        <translation>应答完成前连接被关闭或重置</translation>
    </message>
    <message>
        <source>the host was not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation>代理出错</translation>
    </message>
    <message>
        <source>a network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>no stream event before the time-to-first-byte limit</source>
        <translation>在首字节时限内没有收到流事件</translation>
    </message>
    <message>
        <source>the stream went silent for longer than the idle limit</source>
        <translation>流静默的时间超过了空闲时限</translation>
    </message>
    <message>
        <source>the attempt ran past its time ceiling</source>
        <translation>尝试超出了时间上限</translation>
    </message>
    <message>
        <source>the stream ended without its terminal event</source>
        <translation>流在没有结束事件的情况下终止</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no Vigil is running (nothing answers at %1); start one with `vigil serve` or the desktop app</source>
        <translation>没有正在运行的 Vigil（%1 无应答）；请用 `vigil serve` 或桌面应用启动一个</translation>
    </message>
    <message>
        <source>the running Vigil did not answer at %1</source>
        <translation>正在运行的 Vigil 未在 %1 应答</translation>
    </message>
    <message>
        <source>the running Vigil answered something unreadable</source>
        <translation>正在运行的 Vigil 返回了无法读取的内容</translation>
    </message>
    <message>
        <source>another Vigil is already running (its socket is %1)</source>
        <translation>已有另一个 Vigil 在运行（其套接字为 %1）</translation>
    </message>
    <message>
        <source>cannot listen at %1: %2</source>
        <translation>无法在 %1 监听：%2</translation>
    </message>
    <message>
        <source>a request is one JSON object on one line</source>
        <translation>请求是一行中的一个 JSON 对象</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured in %2</source>
        <translation>%2 中没有配置名为“%1”的提供方</translation>
    </message>
    <message>
        <source>stored task %1</source>
        <translation>已保存的任务 %1</translation>
    </message>
    <message>
        <source>models needs a configured provider&apos;s name or a task id</source>
        <translation>models 需要已配置提供方的名称或任务 ID</translation>
    </message>
    <message>
        <source>switch-model needs a task id</source>
        <translation>switch-model 需要任务 ID</translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation>没有任务 %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>%1 needs a task id</source>
        <translation>%1 需要任务 ID</translation>
    </message>
    <message>
        <source>task %1 is %2 already</source>
        <translation>任务 %1 已经%2</translation>
    </message>
    <message>
        <source>task %1 is completed; there is nothing to resume</source>
        <translation>任务 %1 已完成；没有可恢复的内容</translation>
    </message>
    <message>
        <source>add needs the task file&apos;s absolute path</source>
        <translation>add 需要任务文件的绝对路径</translation>
    </message>
    <message>
        <source>task %1 was added but cannot start: %2</source>
        <translation>任务 %1 已添加但无法启动：%2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>stall</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000</source>
        <translation>必须是 1 到 1000 之间的整数</translation>
    </message>
    <message>
        <source>unknown retry setting</source>
        <translation>未知的重试设置</translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds from 1 to %1</source>
        <translation>必须是 1 到 %1 之间的整数毫秒</translation>
    </message>
    <message>
        <source>initial_delay_ms must not exceed max_delay_ms</source>
        <translation>initial_delay_ms 不得超过 max_delay_ms</translation>
    </message>
    <message>
        <source>capacity_initial_delay_ms must not exceed capacity_max_delay_ms</source>
        <translation>capacity_initial_delay_ms 不得超过 capacity_max_delay_ms</translation>
    </message>
    <message>
        <source>ttfb_timeout_ms and idle_timeout_ms must not exceed attempt_timeout_ms</source>
        <translation>ttfb_timeout_ms 和 idle_timeout_ms 不得超过 attempt_timeout_ms</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>waiting for the network</source>
        <translation>等待网络</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>the database is locked by another process (another Vigil on the same file?); it was left as it is</source>
        <translation>数据库被另一个进程锁定（另一个 Vigil 在使用同一文件？）；未做任何更改</translation>
    </message>
    <message>
        <source>the disk is full; free some space and resume</source>
        <translation>磁盘已满；请释放空间后恢复</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only (SQLite writes -wal and -shm files beside the database); make them writable or choose another with --db</source>
        <translation>数据库文件或其所在文件夹是只读的（SQLite 会在数据库旁写入 -wal 和 -shm 文件）；请使其可写，或用 --db 选择另一个</translation>
    </message>
    <message>
        <source>the database file is damaged; it was left as it is</source>
        <translation>数据库文件已损坏；未做任何更改</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>无法读取或写入磁盘</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>not a readable Vigil database</source>
        <translation>不是可读取的 Vigil 数据库</translation>
    </message>
    <message>
        <source>cannot use a write-ahead log</source>
        <translation>无法使用预写日志</translation>
    </message>
    <message>
        <source>journal_mode stayed %1</source>
        <translation>journal_mode 仍为 %1</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>无法读取架构版本</translation>
    </message>
    <message>
        <source>the database was written by a newer Vigil</source>
        <translation>数据库由更新版本的 Vigil 写入</translation>
    </message>
    <message>
        <source>schema version %1, this Vigil knows up to %2; nothing was changed</source>
        <translation>架构版本 %1，此 Vigil 最高只支持 %2；未做任何更改</translation>
    </message>
    <message>
        <source>cannot back up the database before migrating</source>
        <translation>迁移前无法备份数据库</translation>
    </message>
    <message>
        <source>cannot start a migration</source>
        <translation>无法开始迁移</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>无法提交</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>cannot look up the task</source>
        <translation>无法查找任务</translation>
    </message>
    <message>
        <source>cannot load task %1</source>
        <translation>无法加载任务 %1</translation>
    </message>
    <message>
        <source>cannot load the steps of task %1</source>
        <translation>无法加载任务 %1 的步骤</translation>
    </message>
    <message>
        <source>cannot create the task</source>
        <translation>无法创建任务</translation>
    </message>
    <message>
        <source>cannot create the steps</source>
        <translation>无法创建步骤</translation>
    </message>
    <message>
        <source>cannot update the task</source>
        <translation>无法更新任务</translation>
    </message>
    <message>
        <source>cannot record the task state</source>
        <translation>无法记录任务状态</translation>
    </message>
    <message>
        <source>cannot reset the retry budget</source>
        <translation>无法重置重试额度</translation>
    </message>
    <message>
        <source>cannot credit waiting time</source>
        <translation>无法计入等待时间</translation>
    </message>
    <message>
        <source>cannot refund the attempt</source>
        <translation>无法退还该次尝试</translation>
    </message>
    <message>
        <source>cannot record the attempt</source>
        <translation>无法记录尝试</translation>
    </message>
    <message>
        <source>cannot record the end of attempt %1</source>
        <translation>无法记录第 %1 次尝试的结束</translation>
    </message>
    <message>
        <source>cannot record the step</source>
        <translation>无法记录步骤</translation>
    </message>
    <message>
        <source>interrupted: Vigil stopped while this attempt was in flight</source>
        <translation>已中断：此次尝试进行中 Vigil 停止了</translation>
    </message>
    <message>
        <source>cannot close interrupted attempts</source>
        <translation>无法关闭被中断的尝试</translation>
    </message>
    <message>
        <source>cannot list the tasks</source>
        <translation>无法列出任务</translation>
    </message>
    <message>
        <source>cannot read the attempts</source>
        <translation>无法读取尝试记录</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>未知键（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>必填，但缺失</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是%1</translation>
    </message>
    <message>
        <source>keys do not belong in task or settings files; store the key with `vigil set-key NAME` and give &quot;api_key_keychain&quot;: &quot;NAME&quot;, or put it in an environment variable and name it in api_key_env</source>
        <translation>密钥不应写在任务文件或设置文件中；请用 `vigil set-key NAME` 保存密钥并指定 &quot;api_key_keychain&quot;: &quot;NAME&quot;，或将其放入环境变量并在 api_key_env 中写出变量名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>“%1”不是 http 或 https URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of openai-chat, openai-responses, anthropic-messages</source>
        <translation>“%1”不是 openai-chat、openai-responses、anthropic-messages 之一</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name</source>
        <translation>“%1”不是环境变量名</translation>
    </message>
    <message>
        <source>api_key_env and api_key_keychain both name a key; keep the one that holds it</source>
        <translation>api_key_env 和 api_key_keychain 都指定了密钥；请保留存有密钥的那一个</translation>
    </message>
    <message>
        <source>must be 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>必须是 1 到 100 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>必须是字符串数组，而不是%1</translation>
    </message>
    <message>
        <source>must hold at least one turn</source>
        <translation>至少需要一轮对话</translation>
    </message>
    <message>
        <source>must not be the input file</source>
        <translation>不能是输入文件</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 256</source>
        <translation>必须是 1 到 256 之间的整数</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a task file holds one JSON object</source>
        <translation>任务文件应包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured in %2; configure it there, or give base_url and protocol here instead</source>
        <translation>%2 中没有配置名为“%1”的提供方；请在那里配置，或在此处给出 base_url 和 protocol</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured; give base_url and protocol here instead</source>
        <translation>没有配置名为“%1”的提供方；请在此处给出 base_url 和 protocol</translation>
    </message>
    <message>
        <source>a task has turns or a batch, not both</source>
        <translation>任务只能包含对话轮次或批处理之一，不能同时包含</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>必须是 true 或 false，而不是%1</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000</source>
        <translation>必须是 1 到 1000000 之间的整数</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>settings are one JSON object</source>
        <translation>设置应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names another provider already</source>
        <translation>“%1”已是另一个提供方的名称</translation>
    </message>
    <message>
        <source>must be an array of model names</source>
        <translation>必须是模型名称数组</translation>
    </message>
    <message>
        <source>larger than 64 MiB</source>
        <translation>大于 64 MiB</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>longer than 16 MiB</source>
        <translation>超过 16 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at column %1: %2</source>
        <translation>第 %1 列不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>each line must hold one JSON object</source>
        <translation>每行必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a non-empty string or a whole number</source>
        <translation>&quot;id&quot; 必须是非空字符串或整数</translation>
    </message>
    <message>
        <source>the id %1 was already used on line %2</source>
        <translation>ID %1 已在第 %2 行使用过</translation>
    </message>
    <message>
        <source>the template needs the field &quot;%1&quot;, which this item lacks</source>
        <translation>模板需要字段“%1”，但此条目中没有</translation>
    </message>
    <message>
        <source>the rendered prompt is empty</source>
        <translation>生成的提示词为空</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>超过 %1 个条目</translation>
    </message>
    <message>
        <source>holds no items</source>
        <translation>没有任何条目</translation>
    </message>
    <message>
        <source>the keychain holds no key named &quot;%1&quot;; store it with `vigil set-key %1`</source>
        <translation>钥匙串中没有名为“%1”的密钥；请用 `vigil set-key %1` 保存</translation>
    </message>
    <message>
        <source>no keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet on the session bus): %1</source>
        <translation>没有可用的钥匙串（Linux 上需要会话总线上的 Secret Service，例如 GNOME Keyring 或 KWallet）：%1</translation>
    </message>
    <message>
        <source>the keychain refused access to &quot;%1&quot;: %2</source>
        <translation>钥匙串拒绝访问“%1”：%2</translation>
    </message>
    <message>
        <source>the keychain failed on &quot;%1&quot;: %2 (is a keychain service such as GNOME Keyring or KWallet running in this session?)</source>
        <translation>钥匙串处理“%1”时出错：%2（此会话中是否运行着 GNOME Keyring 或 KWallet 等钥匙串服务？）</translation>
    </message>
    <message>
        <source>the server redirected to %1 (HTTP %2); Vigil sends a task&apos;s requests and its API key only to its base_url: if the provider has moved, change base_url</source>
        <translation>服务器重定向到 %1（HTTP %2）；Vigil 只把任务的请求和 API 密钥发送到其 base_url：如果提供方已迁移，请修改 base_url</translation>
    </message>
    <message>
        <source>probe_initial_delay_ms must not exceed probe_max_delay_ms</source>
        <translation>probe_initial_delay_ms 不得超过 probe_max_delay_ms</translation>
    </message>
    <message>
        <source> (offline; not charged)</source>
        <translation>（离线；不计入）</translation>
    </message>
    <message>
        <source>attempt %1 is not armed</source>
        <translation>尝试 %1 未准备</translation>
    </message>
    <message>
        <source>cannot withdraw the attempts not sent</source>
        <translation>无法撤回未发送的尝试</translation>
    </message>
    <message>
        <source>interrupted: Vigil stopped as this attempt was about to be sent; it may not have reached the backend</source>
        <translation>已中断：Vigil 在即将发送此尝试时停止；它可能未到达后端</translation>
    </message>
    <message>
        <source>cannot record the background response</source>
        <translation>无法记录后台响应</translation>
    </message>
    <message>
        <source>only the openai-responses protocol can re-attach to a stream; %1 has no server-side resume</source>
        <translation>只有 openai-responses 协议可以重新连接到流；%1 没有服务器端续传</translation>
    </message>
    <message>
        <source>must be the provider&apos;s name for a tier, such as &quot;flex&quot; or &quot;priority&quot;</source>
        <translation>必须是提供方的层级名称，例如 &quot;flex&quot; 或 &quot;priority&quot;</translation>
    </message>
    <message>
        <source>falls back from a service_tier other than the default; set service_tier too</source>
        <translation>用于从非默认的 service_tier 回退；请同时设置 service_tier</translation>
    </message>
    <message>
        <source>cancelled while polling</source>
        <translation>轮询时已取消</translation>
    </message>
    <message>
        <source>max_cost_usd must be an amount in US dollars, more than 0</source>
        <translation>max_cost_usd 必须是大于 0 的美元金额</translation>
    </message>
    <message>
        <source>max_tokens must be a whole number of tokens, 1 or more</source>
        <translation>max_tokens 必须是不小于 1 的整数令牌数</translation>
    </message>
    <message>
        <source>must be a price in dollars per million tokens, 0 or more</source>
        <translation>必须是每百万令牌的美元价格，不小于 0</translation>
    </message>
    <message>
        <source>must be an object with &quot;input&quot; and &quot;output&quot; prices</source>
        <translation>必须是包含 &quot;input&quot; 和 &quot;output&quot; 价格的对象</translation>
    </message>
    <message>
        <source>must be an object: tier name → factor of the prices</source>
        <translation>必须是对象：层级名称 → 价格系数</translation>
    </message>
    <message>
        <source>must be a factor of the prices, more than 0</source>
        <translation>必须是大于 0 的价格系数</translation>
    </message>
    <message>
        <source>applies only with &quot;long_prompt_over&quot;</source>
        <translation>仅与 &quot;long_prompt_over&quot; 一起使用</translation>
    </message>
    <message>
        <source>must be a number of prompt tokens, more than 0</source>
        <translation>必须是大于 0 的提示令牌数</translation>
    </message>
    <message>
        <source>must be an object: model name → its prices</source>
        <translation>必须是对象：模型名称 → 其价格</translation>
    </message>
    <message>
        <source>cannot read what the tasks spent</source>
        <translation>无法读取任务的花费</translation>
    </message>
    <message>
        <source>must be an object with max_cost_usd, max_tokens or both, not %1</source>
        <translation>必须是包含 max_cost_usd、max_tokens 或两者的对象，而不是 %1</translation>
    </message>
    <message>
        <source>give max_cost_usd, max_tokens or both</source>
        <translation>请给出 max_cost_usd、max_tokens 或两者</translation>
    </message>
    <message>
        <source>must be an amount in US dollars, more than 0</source>
        <translation>必须是大于 0 的美元金额</translation>
    </message>
    <message>
        <source>must be a whole number of tokens, 1 or more</source>
        <translation>必须是不小于 1 的整数令牌数</translation>
    </message>
    <message>
        <source>name, models, retry and prices belong to providers in the settings file; a task&apos;s own retry figures go in $.retry</source>
        <translation>name、models、retry 和 prices 属于设置文件中的提供方；任务自己的重试数值写在 $.retry 中</translation>
    </message>
    <message>
        <source>daily spend cap reached: %1 of %2 spent today by all tasks; goes on tomorrow, or raise daily_cap_usd in the settings and resume</source>
        <translation>已达每日花费上限：今天所有任务已花费 %1（上限 %2）；明天继续，或在设置中提高 daily_cap_usd 后继续</translation>
    </message>
    <message>
        <source>must be a local time such as &quot;08:00&quot;, or an ISO 8601 date and time such as &quot;2026-12-06T08:00&quot;</source>
        <translation>必须是本地时间（如 &quot;08:00&quot;）或 ISO 8601 日期时间（如 &quot;2026-12-06T08:00&quot;）</translation>
    </message>
    <message>
        <source>rate limit or quota</source>
        <translation>速率限制或配额</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>network or stall</source>
        <translation>网络或停滞</translation>
    </message>
    <message>
        <source>other failures</source>
        <translation>其他失败</translation>
    </message>
    <message>
        <source>cannot read what the tasks did</source>
        <translation>无法读取任务的执行情况</translation>
    </message>
    <message>
        <source>a result line without a custom_id</source>
        <translation>没有 custom_id 的结果行</translation>
    </message>
    <message>
        <source>the answer is not a batch</source>
        <translation>响应不是批处理</translation>
    </message>
    <message>
        <source>the batch has a status Vigil does not know: &quot;%1&quot;</source>
        <translation>批处理的状态 Vigil 不认识：“%1”</translation>
    </message>
    <message>
        <source>a result line without a custom_id or a result</source>
        <translation>没有 custom_id 或结果的结果行</translation>
    </message>
    <message>
        <source>the batch expired before this request ran</source>
        <translation>批处理在此请求运行前已过期</translation>
    </message>
    <message>
        <source>the batch was cancelled before this request ran</source>
        <translation>批处理在此请求运行前已取消</translation>
    </message>
    <message>
        <source>a result of a type Vigil does not know: &quot;%1&quot;</source>
        <translation>Vigil 不认识的结果类型：“%1”</translation>
    </message>
    <message>
        <source>the answer is not a message batch</source>
        <translation>响应不是消息批处理</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>响应不是 JSON：%1</translation>
    </message>
    <message>
        <source>cancelled with its task</source>
        <translation>随其任务一起取消</translation>
    </message>
    <message>
        <source>the provider&apos;s validation refused line %1 of batch %2: %3</source>
        <translation>提供方的校验拒绝了批处理 %2 的第 %1 行：%3</translation>
    </message>
    <message>
        <source>not run: batch %1 was refused for another of its items</source>
        <translation>未运行：批处理 %1 因其他条目被拒绝</translation>
    </message>
    <message>
        <source>not run: batch %1 was refused: %2</source>
        <translation>未运行：批处理 %1 被拒绝：%2</translation>
    </message>
    <message>
        <source>batch %1 ended with no output or error file: none of its requests has a result</source>
        <translation>批处理 %1 结束时没有输出或错误文件：其请求都没有结果</translation>
    </message>
    <message>
        <source>batch %1 ended without a result for this item</source>
        <translation>批处理 %1 结束时没有此条目的结果</translation>
    </message>
    <message>
        <source>the provider no longer knows batch %1</source>
        <translation>提供方已不再知道批处理 %1</translation>
    </message>
    <message>
        <source>cannot record the provider batch</source>
        <translation>无法记录提供方批处理</translation>
    </message>
    <message>
        <source>cannot read the provider batches</source>
        <translation>无法读取提供方批处理</translation>
    </message>
    <message>
        <source>must be &quot;live&quot; or &quot;provider-batch&quot;, not &quot;%1&quot;</source>
        <translation>必须是 &quot;live&quot; 或 &quot;provider-batch&quot;，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot;, &quot;live&quot; or &quot;provider-batch&quot;, not &quot;%1&quot;</source>
        <translation>必须是 &quot;auto&quot;、&quot;live&quot; 或 &quot;provider-batch&quot;，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 since %2, far longer than usual</source>
        <translation>自 %2 起一直处于 %1，远超通常时长</translation>
    </message>
    <message numerus="yes">
        <source>refused at validation for %n of its lines</source>
        <translation>
            <numerusform>验证时有 %n 行被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>refused at validation: %1</source>
        <translation>验证时被拒绝：%1</translation>
    </message>
    <message>
        <source>the provider did not answer (%1): %2; trying again</source>
        <translation>服务商未应答（%1）：%2；将重试</translation>
    </message>
    <message>
        <source>cannot migrate the database</source>
        <translation>无法迁移数据库</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL: write postgresql://user@host:port/database</source>
        <translation>不是 PostgreSQL URL：请写成 postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>the database server cannot be reached; is it running, and are the host and port right?</source>
        <translation>无法连接数据库服务器；它在运行吗？主机和端口正确吗？</translation>
    </message>
    <message>
        <source>the database server&apos;s name is not known</source>
        <translation>数据库服务器的名称无法解析</translation>
    </message>
    <message>
        <source>the database server did not answer in time</source>
        <translation>数据库服务器未及时响应</translation>
    </message>
    <message>
        <source>the database server refused the user or password (a password goes in ~/.pgpass or PGPASSWORD)</source>
        <translation>数据库服务器拒绝了用户或密码（密码应放在 ~/.pgpass 或 PGPASSWORD 中）</translation>
    </message>
    <message>
        <source>the database server asks for a password (put it in ~/.pgpass or PGPASSWORD)</source>
        <translation>数据库服务器需要密码（请放在 ~/.pgpass 或 PGPASSWORD 中）</translation>
    </message>
    <message>
        <source>the database does not exist; create it first (createdb)</source>
        <translation>数据库不存在；请先创建（createdb）</translation>
    </message>
    <message>
        <source>the connection to the database server was lost</source>
        <translation>与数据库服务器的连接已断开</translation>
    </message>
    <message>
        <source>the database server ended the connection</source>
        <translation>数据库服务器结束了连接</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full</source>
        <translation>数据库服务器的磁盘已满</translation>
    </message>
    <message>
        <source>no store was opened</source>
        <translation>尚未打开任何存储</translation>
    </message>
    <message>
        <source>no step %1</source>
        <translation>没有第 %1 步</translation>
    </message>
    <message>
        <source>step %1 was taken over by another Vigil</source>
        <translation>第 %1 步已被另一个 Vigil 接管</translation>
    </message>
    <message>
        <source>this Vigil&apos;s lease on it ran out before the step&apos;s result was written</source>
        <translation>在写入该步结果之前，此 Vigil 的租约已到期</translation>
    </message>
    <message>
        <source>no step for attempt %1</source>
        <translation>尝试 %1 没有对应的步骤</translation>
    </message>
    <message>
        <source>its step was taken over by another Vigil while it ran (this Vigil&apos;s lease ran out); its result was not kept</source>
        <translation>运行期间其步骤被另一个 Vigil 接管（此 Vigil 的租约已到期）；其结果未保留</translation>
    </message>
    <message>
        <source>cannot claim steps of task %1</source>
        <translation>无法认领任务 %1 的步骤</translation>
    </message>
    <message>
        <source>cannot renew the leases of task %1</source>
        <translation>无法续租任务 %1 的租约</translation>
    </message>
    <message>
        <source>cannot give up the leases of task %1</source>
        <translation>无法释放任务 %1 的租约</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds, at least 1</source>
        <translation>%1 必须是至少为 1 的整数秒数</translation>
    </message>
    <message>
        <source>cannot tell other Vigils</source>
        <translation>无法通知其他 Vigil</translation>
    </message>
    <message>
        <source>another Vigil sharing the store stopped task %1</source>
        <translation>共享该存储的另一个 Vigil 停止了任务 %1</translation>
    </message>
    <message>
        <source>the reply&apos;s head is too long</source>
        <translation>回复的头部过长</translation>
    </message>
    <message>
        <source>a chunk&apos;s size cannot be read</source>
        <translation>无法读取分块的大小</translation>
    </message>
    <message>
        <source>a chunk does not end where its size said</source>
        <translation>分块未在其大小所示的位置结束</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP/1</source>
        <translation>服务器未以 HTTP/1 应答</translation>
    </message>
    <message>
        <source>a header of the reply cannot be read</source>
        <translation>无法读取回复的某个头字段</translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation>服务器切换了协议</translation>
    </message>
    <message>
        <source>the reply&apos;s Content-Length cannot be read</source>
        <translation>无法读取回复的 Content-Length</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1（进程 %2）</translation>
    </message>
    <message>
        <source>%1, steps held: %2</source>
        <translation>%1，持有的步骤：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vigil cannot start: %1</source>
        <translation>Vigil 无法启动：%1</translation>
    </message>
    <message>
        <source>The control socket.</source>
        <translation>控制套接字。</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>设置文件。</translation>
    </message>
    <message>
        <source>Start in the tray, without the window.</source>
        <translation>在托盘中启动，不打开窗口。</translation>
    </message>
    <message>
        <source>Keeps long-running model tasks alive overnight.</source>
        <translation>让长时间运行的模型任务整夜保持运行。</translation>
    </message>
    <message>
        <source>Task files to add.</source>
        <translation>要添加的任务文件。</translation>
    </message>
    <message>
        <source>The checkpoint store: a file, or a postgresql:// URL.</source>
        <translation>检查点存储：一个文件，或一个 postgresql:// URL。</translation>
    </message>
</context>
<context>
    <name>vigil::ActivityModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 tokens · %2 · %3 lost to waits</source>
        <translation>%1 个令牌 · %2 · 等待损失 %3</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
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
    <message>
        <source>the key &quot;%1&quot; is in the keychain, and this Vigil has no keychain</source>
        <translation>密钥“%1”在钥匙串中，但此 Vigil 没有钥匙串</translation>
    </message>
    <message>
        <source>task %1 is %2; retry-now applies to a retrying, paused or failed task</source>
        <translation>任务 %1 %2；retry-now 只适用于重试中、已暂停或失败的任务</translation>
    </message>
    <message>
        <source>the provider at %1 does not offer the model &quot;%2&quot;; it offers: %3</source>
        <translation>%1 的提供方不提供模型“%2”；它提供：%3</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 应答 %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no backend &quot;%1&quot;</source>
        <translation>没有后端“%1”</translation>
    </message>
    <message>
        <source>the API key could not be read: the environment variable %1, named by provider.api_key_env, is not set; set it where Vigil runs, then resume</source>
        <translation>无法读取 API 密钥：provider.api_key_env 指定的环境变量 %1 未设置；请在运行 Vigil 的环境中设置它，然后恢复</translation>
    </message>
    <message>
        <source>the checkpoint store failed: %1</source>
        <translation>检查点存储失败：%1</translation>
    </message>
    <message>
        <source>cannot create the folder of the output file %1</source>
        <translation>无法创建输出文件 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>another Vigil on this machine writes the output file %1; stop it, or name another output</source>
        <translation>本机上的另一个 Vigil 正在写入输出文件 %1；请停止它，或指定另一个输出</translation>
    </message>
    <message>
        <source>cannot lock the output file %1 (%2)</source>
        <translation>无法锁定输出文件 %1（%2）</translation>
    </message>
</context>
<context>
    <name>vigil::EngineHost</name>
    <message>
        <source>task %1 cannot continue: %2</source>
        <translation>任务 %1 无法继续：%2</translation>
    </message>
    <message>
        <source>batch %1 %2: %3 of %4 done, %5 failed, %6 expired</source>
        <translation>批处理 %1 %2：%4 个中完成 %3 个，失败 %5 个，过期 %6 个</translation>
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
    <name>vigil::Legend</name>
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
        <source>Done</source>
        <translation>成功</translation>
    </message>
</context>
<context>
    <name>vigil::LogindInhibitor</name>
    <message>
        <source>logind answered without a lock (the bus passes no file descriptors)</source>
        <translation>logind 的应答中没有锁（总线不传递文件描述符）</translation>
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
    <message>
        <source>“%1” will miss its deadline</source>
        <translation>“%1”将赶不上截止时间</translation>
    </message>
    <message>
        <source>“%1” will reach its spend cap</source>
        <translation>“%1”将达到花费上限</translation>
    </message>
    <message>
        <source>“%1”: a provider batch ended</source>
        <translation>“%1”：一个提供方批处理已结束</translation>
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
    <message>
        <source>%1: a price needs the model it is for</source>
        <translation>%1：价格需要指明所属模型</translation>
    </message>
    <message>
        <source>%1: the %2 price of %3 must be US dollars per million tokens, 0 or more</source>
        <translation>%1：%3 的 %2 价格必须是每百万令牌美元，0 或以上</translation>
    </message>
    <message>
        <source>the daily spend cap must be US dollars, more than 0 (empty: none)</source>
        <translation>每日支出上限必须是大于 0 的美元金额（留空：无）</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>prices at %1</source>
        <translation>%1 的价格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL: write postgresql://user@host:port/database</source>
        <translation>“%1”不是 PostgreSQL URL：请写成 postgresql://user@host:port/database</translation>
    </message>
</context>
<context>
    <name>vigil::TaskListModel</name>
    <message>
        <source>%1 tokens · %2</source>
        <translation>%1 个令牌 · %2</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>费用未知</translation>
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
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>the backend %1 is rate-limited to %n request(s) at once; waiting for a free place</source>
        <translation>
            <numerusform>后端 %1 受速率限制，同时最多 %n 个请求；正在等待空位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks to wait until %2, longer than the step&apos;s time budget; resumes by itself then: %3: %4</source>
        <translation>%1 要求等待到 %2，超过该步骤的时间预算；届时将自动恢复：%3：%4</translation>
    </message>
    <message>
        <source>the background response %1 is gone (%2); the step is sent again</source>
        <translation>后台响应 %1 已不存在（%2）；该步骤将重新发送</translation>
    </message>
    <message>
        <source>the cost of %1 is not known, so its spend cap cannot be kept: give its price in the settings file&apos;s &quot;prices&quot;, or take max_cost_usd out of the task&apos;s budget</source>
        <translation>%1 的费用未知，因此无法遵守花费上限：请在设置文件的 &quot;prices&quot; 中给出其价格，或从任务的 budget 中去掉 max_cost_usd</translation>
    </message>
    <message>
        <source>spend cap reached: %1 of %2 spent; raise the cap to go on</source>
        <translation>已达花费上限：已花费 %1（上限 %2）；提高上限即可继续</translation>
    </message>
    <message>
        <source>spend cap reached: %1 of %2 tokens used; raise the cap to go on</source>
        <translation>已达花费上限：已使用 %1 个令牌（上限 %2）；提高上限即可继续</translation>
    </message>
    <message>
        <source>at the cost so far, the task will need about %1 and stop at its cap of %2</source>
        <translation>按目前的费用，任务大约需要 %1，将在上限 %2 处停止</translation>
    </message>
    <message>
        <source>at the tokens so far, the task will need about %1 and stop at its cap of %2</source>
        <translation>按目前的令牌数，任务大约需要 %1，将在上限 %2 处停止</translation>
    </message>
    <message>
        <source>switch to a faster model, or raise the batch&apos;s concurrency (now %1)</source>
        <translation>换用更快的模型，或提高批处理的并发数（当前 %1）</translation>
    </message>
    <message>
        <source>switch to a faster model</source>
        <translation>换用更快的模型</translation>
    </message>
    <message>
        <source>at its pace so far the task ends about %1, after its deadline %2: %3</source>
        <translation>按目前的速度，任务约在 %1 完成，晚于截止时间 %2：%3</translation>
    </message>
    <message>
        <source>cancelled with the task; its provider batch was asked to stop</source>
        <translation>随任务一起取消；已请求其提供方批处理停止</translation>
    </message>
    <message>
        <source>one being created</source>
        <translation>一个正在创建</translation>
    </message>
    <message numerus="yes">
        <source>%1 items in %n provider batch(es): %2</source>
        <translation>
            <numerusform>%1 个条目在 %n 个提供方批处理中：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>retry budget exhausted on item %1 after %2 attempts; last: %3: %4</source>
        <translation>条目 %1 的重试预算在 %2 次尝试后耗尽；最后：%3：%4</translation>
    </message>
    <message>
        <source>the checkpoint store cannot be reached: %1; the task goes on once it is back</source>
        <translation>无法连接检查点存储：%1；它恢复后任务会继续</translation>
    </message>
    <message>
        <source>%1; the other Vigils sharing the task go on with it</source>
        <translation>%1；共享此任务的其他 Vigil 会继续执行</translation>
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
