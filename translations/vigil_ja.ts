<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivityChart</name>
    <message>
        <source>Nothing sent yet</source>
        <translation>まだ何も送信されていません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attempts from %1 to %2 — %3; %4</source>
        <translation>%1 から %2 までの試行 — %3、%4</translation>
    </message>
    <message>
        <source>none ended</source>
        <translation>終了したものはありません</translation>
    </message>
    <message>
        <source>Attempts, waits and cost over time</source>
        <translation>試行・待機・コストの推移</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>held back by a backend</source>
        <translation>バックエンドにより保留</translation>
    </message>
    <message>
        <source>cost so far</source>
        <translation>これまでのコスト</translation>
    </message>
</context>
<context>
    <name>AttemptTimeline</name>
    <message>
        <source>in flight</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>HTTP ステータスなし</translation>
    </message>
    <message>
        <source>Step %1, attempt %2 — %3 — %4, %5</source>
        <translation>ステップ %1、試行 %2 — %3 — %4、%5</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>リクエスト %1</translation>
    </message>
    <message numerus="yes">
        <source>Attempt timeline, %n attempt(s)</source>
        <translation>
            <numerusform>試行の履歴、%n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-attached to the response the provider went on generating, after its event %1: not paid for again</source>
        <translation>プロバイダーが生成を続けていた応答に、イベント %1 の後から再接続しました。二重には課金されません</translation>
    </message>
    <message>
        <source>Service tier: %1</source>
        <translation>サービス階層: %1</translation>
    </message>
    <message>
        <source>What arrived before the stream broke (kept for you to read; not the output): %1</source>
        <translation>ストリームが切れる前に届いた内容（確認用に保存。出力ではありません）: %1</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>While you were away</source>
        <translation>不在の間に</translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n 件完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n 件一時停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
</context>
<context>
    <name>BackendsBar</name>
    <message>
        <source>waiting for its announced limit to reset</source>
        <translation>告知された上限のリセットを待っています</translation>
    </message>
    <message>
        <source>at capacity</source>
        <translation>容量超過</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <source>quota exhausted</source>
        <translation>クォータ切れ</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>クールダウン中</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %3; %n step(s) waiting</source>
        <translation>
            <numerusform>%2 の %1: %3、%n ステップが待機中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%2 の %1: %3</translation>
    </message>
    <message>
        <source>the next request tests it</source>
        <translation>次のリクエストで確認します</translation>
    </message>
    <message>
        <source>next probe</source>
        <translation>次の確認</translation>
    </message>
    <message>
        <source>Probe now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>Probe %1 now</source>
        <translation>%1 を今すぐ確認</translation>
    </message>
    <message numerus="yes">
        <source>rate-limited; up to %n request(s) at once</source>
        <translation>
            <numerusform>レート制限中。同時に最大 %n 件のリクエスト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Write JSON-line events to FILE, or - for stdout.</source>
        <translation>イベントを JSON 行として FILE に書き込みます (- なら標準出力)。</translation>
    </message>
    <message>
        <source>The settings file (providers, retry figures).</source>
        <translation>設定ファイル (プロバイダー、再試行の値)。</translation>
    </message>
    <message>
        <source>now</source>
        <translation>今</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>%1 秒後</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>%1 分後</translation>
    </message>
    <message>
        <source>no tasks</source>
        <translation>タスクはありません</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>ATTEMPT</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>NEXT RETRY</source>
        <translation>次の再試行</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 件失敗</translation>
    </message>
    <message>
        <source>resumes %1</source>
        <translation>再開 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>task %1: %2 (batch)</source>
        <translation>タスク %1: %2 (バッチ)</translation>
    </message>
    <message>
        <source>task %1: %2 (conversation)</source>
        <translation>タスク %1: %2 (会話)</translation>
    </message>
    <message>
        <source>state: %1 — %2</source>
        <translation>状態: %1 — %2</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>TEXT OR ERROR</source>
        <translation>テキストまたはエラー</translation>
    </message>
    <message>
        <source>attempts:</source>
        <translation>試行:</translation>
    </message>
    <message>
        <source>step %1 #%2</source>
        <translation>ステップ %1 #%2</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>next try after %1 ms</source>
        <translation>次の試行は %1 ms 後</translation>
    </message>
    <message>
        <source>The running Vigil&apos;s control socket.</source>
        <translation>実行中の Vigil の制御ソケット。</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>応答を JSON で出力します。</translation>
    </message>
    <message>
        <source>switch-model: the configured provider that offers MODEL.</source>
        <translation>switch-model: MODEL を提供する設定済みのプロバイダー。</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>引数は %n 個必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task id</source>
        <translation>「%1」はタスク ID ではありません</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>タスク %1</translation>
    </message>
    <message>
        <source>handed to the running Vigil as task %1</source>
        <translation>実行中の Vigil にタスク %1 として渡しました</translation>
    </message>
    <message>
        <source>cannot open the event log %1: %2</source>
        <translation>イベントログ %1 を開けません: %2</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>%1 の API キー: </translation>
    </message>
    <message>
        <source>takes one name, as in: %1</source>
        <translation>名前を 1 つ指定します。例: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key name: 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>「%1」はキー名として使えません: 英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を 1〜100 文字</translation>
    </message>
    <message>
        <source>no key was given on standard input</source>
        <translation>標準入力からキーが渡されませんでした</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is in the keychain; providers use it with &quot;api_key_keychain&quot;: &quot;%1&quot;.</source>
        <translation>キー「%1」をキーチェーンに保存しました。プロバイダーでは &quot;api_key_keychain&quot;: &quot;%1&quot; で使います。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is no longer in the keychain.</source>
        <translation>キー「%1」をキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>%1: %2/%3 items done</source>
        <translation>%1: %2/%3 項目完了</translation>
    </message>
    <message>
        <source>%1: %2/%3 steps done</source>
        <translation>%1: %2/%3 ステップ完了</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <source>%1 in flight on %2</source>
        <translation>%2 で %1 件実行中</translation>
    </message>
    <message>
        <source>step %1, attempt %2 of %3 on %4</source>
        <translation>ステップ %1、試行 %2/%3 (%4)</translation>
    </message>
    <message>
        <source>Runs one task to its end without a window.</source>
        <translation>ウィンドウなしでタスクを最後まで実行します。</translation>
    </message>
    <message>
        <source>The task file (JSON).</source>
        <translation>タスクファイル (JSON)。</translation>
    </message>
    <message>
        <source>expected exactly one task file</source>
        <translation>タスクファイルをちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>The control socket.</source>
        <translation>制御ソケット。</translation>
    </message>
    <message>
        <source>another Vigil is already running (its socket is %1)</source>
        <translation>別の Vigil が既に実行中です (ソケット: %1)</translation>
    </message>
    <message>
        <source>task %1 cannot continue: %2</source>
        <translation>タスク %1 を続行できません: %2</translation>
    </message>
    <message numerus="yes">
        <source>listening at %1 with %2; %n task(s) continued</source>
        <translation>
            <numerusform>%1 で待ち受け中 (%2)。%n 件のタスクを続行</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>停止します</translation>
    </message>
    <message>
        <source>backend: %1 — %2</source>
        <translation>バックエンド: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>; rate-limited to %n request(s) at once</source>
        <translation>
            <numerusform>。レート制限により同時に %n 件まで</numerusform>
        </translation>
    </message>
    <message>
        <source>; next probe %1</source>
        <translation>。次のプローブ: %1</translation>
    </message>
    <message>
        <source>Let the computer sleep while tasks work (by default logind&apos;s sleep and idle inhibitor is held until no work is left).</source>
        <translation>タスクの実行中もコンピューターのスリープを許可します（既定では、作業がなくなるまで logind のスリープ・アイドル抑止を保持します）。</translation>
    </message>
    <message>
        <source>%1 tokens, %2</source>
        <translation>%1 トークン、%2</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>費用不明</translation>
    </message>
    <message>
        <source>SPENT</source>
        <translation>使用額</translation>
    </message>
    <message>
        <source>spent: %1 (input %2, cached %3, output %4)</source>
        <translation>使用: %1（入力 %2、キャッシュ %3、出力 %4）</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) at a price not known</source>
        <translation>
            <numerusform>価格不明の試行 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>shipped prices as of %1</source>
        <translation>同梱の価格（%1 時点）</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>spend cap: %1</source>
        <translation>支出上限: %1</translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens, %3</source>
        <translation>入力 %1 / 出力 %2 トークン、%3</translation>
    </message>
    <message>
        <source>set-budget: the most the task may cost, in US dollars.</source>
        <translation>set-budget: タスクにかけてよい上限額（米ドル）。</translation>
    </message>
    <message>
        <source>set-budget: the most tokens the task may use.</source>
        <translation>set-budget: タスクが使ってよいトークン数の上限。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」は数値ではありません</translation>
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
        <translation>使い方:
  vigil run TASK.json [--db PATH] [--events FILE|-] [--settings PATH]
        [--allow-sleep]
      ウィンドウなしでタスクを最後まで実行します。
      終了ステータス: 0 完了、1 実行できず (データベースまたはイベントログ)、
      2 入力の誤り、3 失敗、4 一時停止、5 失敗した項目を含むバッチ。
  vigil serve [TASK.json...] [--db PATH] [--socket PATH] [--events FILE|-]
        [--settings PATH] [--allow-sleep]
      ウィンドウなしでエンジンと制御ソケットを動かし、指定したタスクファイルを
      追加します。Vigil が既に動いていれば、そちらに渡します。
      どちらもタスクの実行中はコンピューターをスリープさせません（logind の
      インヒビター）。ただし --allow-sleep を付けた場合を除きます。
  vigil list [--json] | add TASK.json | show ID [--json] | pause ID | resume ID
        | retry-now ID | switch-model ID MODEL [--provider NAME] | cancel ID
        | set-budget ID [--max-cost USD] [--max-tokens N] [--socket PATH]
      実行中の Vigil を操作します。終了ステータス: 0 完了、1 実行中の Vigil なし、
      2 拒否 (理由はメッセージに表示)。
  vigil set-key NAME | remove-key NAME
      標準入力から読んだ API キーを OS のキーチェーンに保存します (または削除)。
      プロバイダーでは &quot;api_key_keychain&quot;: &quot;NAME&quot; で使います。
      終了ステータス: 0 完了、1 キーチェーンの失敗、2 使い方の誤り。
  vigil --version
</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1 使用</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (遅延)</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>終了予定</translation>
    </message>
    <message>
        <source>expected end: %1</source>
        <translation>終了予定: %1</translation>
    </message>
    <message>
        <source>deadline: %1</source>
        <translation>期限: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>%1 頃終了</translation>
    </message>
    <message>
        <source>provider batches:</source>
        <translation>プロバイダーのバッチ:</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation>回</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>DONE / FAILED / EXPIRED / OF</source>
        <translation>完了 / 失敗 / 期限切れ / 全体</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>まだ作成されていません</translation>
    </message>
    <message>
        <source>The checkpoint store: a file, or a postgresql:// URL.</source>
        <translation>チェックポイントストア：ファイル、または postgresql:// の URL。</translation>
    </message>
    <message>
        <source>run now by: %1</source>
        <translation>現在の実行元: %1</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>New task</source>
        <translation>新しいタスク</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>タスクを追加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Configure a provider in Settings first.</source>
        <translation>先に設定でプロバイダーを設定してください。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>タスク名</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>One prompt per line; each is a turn of the conversation</source>
        <translation>1 行に 1 つのプロンプト。各行が会話の 1 ターンになります</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>ターン</translation>
    </message>
    <message>
        <source>Items (JSONL)</source>
        <translation>項目 (JSONL)</translation>
    </message>
    <message>
        <source>a file of JSON lines</source>
        <translation>JSON Lines ファイル</translation>
    </message>
    <message>
        <source>Items file</source>
        <translation>項目ファイル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Summarise: {{text}}</source>
        <translation>要約: {{text}}</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>プロンプトテンプレート</translation>
    </message>
    <message>
        <source>Results to</source>
        <translation>結果の保存先</translation>
    </message>
    <message>
        <source>beside the items, .out.jsonl</source>
        <translation>項目ファイルの隣に .out.jsonl</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>出力ファイル</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>同時実行</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>同時リクエスト数</translation>
    </message>
    <message>
        <source>Items of the batch</source>
        <translation>バッチの項目</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>JSON Lines (*.jsonl *.json)</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>now</source>
        <translation>今</translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>%n 秒後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>%n 分後</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 min %2 s</source>
        <translation>%1 分 %2 秒後</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>%1 に</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>Vigil — %n task(s) need you</source>
        <translation>
            <numerusform>Vigil — %n 件のタスクが対応待ち</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>タスクを追加…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>新しいタスク…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Show tasks in state</source>
        <translation>状態で絞り込む</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Show tasks whose last error is</source>
        <translation>直近のエラーで絞り込む</translation>
    </message>
    <message>
        <source>Any error</source>
        <translation>すべてのエラー</translation>
    </message>
    <message>
        <source>Search names, models, errors (Ctrl+F)</source>
        <translation>名前・モデル・エラーを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>%1 running · %2 retrying · %3 need you</source>
        <translation>実行中 %1 · 再試行中 %2 · 対応待ち %3</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n 件選択</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Switch model…</source>
        <translation>モデルを切り替え…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>キャンセル…</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>No tasks yet. Add a task file with Add task… (Ctrl+O).</source>
        <translation>タスクはまだありません。「タスクを追加…」(Ctrl+O) でタスクファイルを追加してください。</translation>
    </message>
    <message>
        <source>No task matches the filters.</source>
        <translation>条件に合うタスクはありません。</translation>
    </message>
    <message>
        <source>Add a task file</source>
        <translation>タスクファイルを追加</translation>
    </message>
    <message>
        <source>Task files (*.json)</source>
        <translation>タスクファイル (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n task(s)?</source>
        <translation>
            <numerusform>%n 件のタスクをキャンセルしますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts in flight are stopped. Completed steps and outputs are kept.</source>
        <translation>実行中の試行は止まります。完了したステップと出力は残ります。</translation>
    </message>
    <message>
        <source>Quit Vigil?</source>
        <translation>Vigil を終了しますか?</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) are still working. They stop now and continue when Vigil starts again.</source>
        <translation>
            <numerusform>%n 件のタスクが処理中です。いったん止まり、次に Vigil を起動したときに続きから再開します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>キャッシュ済み入力</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>%1: model of price %2</source>
        <translation>%1: 価格 %2 のモデル</translation>
    </message>
    <message>
        <source>%1: %2 price of %3, US dollars per million tokens</source>
        <translation>%1: %3 の %2 価格（100 万トークンあたりの米ドル）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the price of %1</source>
        <translation>%1 の価格を削除</translation>
    </message>
    <message>
        <source>Add a price</source>
        <translation>価格を追加</translation>
    </message>
</context>
<context>
    <name>ProviderBatchList</name>
    <message>
        <source>not created</source>
        <translation>未作成</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>まだ作成されていません</translation>
    </message>
    <message>
        <source>%1 · repair %2</source>
        <translation>%1 · 修復 %2</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed, %4 expired</source>
        <translation>%2 件中 %1 件完了、%3 件失敗、%4 件期限切れ</translation>
    </message>
    <message>
        <source>created %1, ended %2</source>
        <translation>作成 %1、終了 %2</translation>
    </message>
    <message>
        <source>created %1, expires %2</source>
        <translation>作成 %1、期限 %2</translation>
    </message>
    <message>
        <source>Provider batches: %1 of %2 requests done</source>
        <translation>プロバイダーのバッチ: %2 件中 %1 件のリクエストが完了</translation>
    </message>
    <message numerus="yes">
        <source>Provider batches — %1 of %2 requests done in %n batch(es)</source>
        <translation>
            <numerusform>プロバイダーのバッチ — %n 個のバッチで %2 件中 %1 件のリクエストが完了</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider batch id</source>
        <translation>プロバイダーのバッチ ID</translation>
    </message>
    <message>
        <source>Progress of the provider batch</source>
        <translation>プロバイダーのバッチの進捗</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Not reachable: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) offered</source>
        <translation>
            <numerusform>接続しました: %n 個のモデル</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected (the provider gives no model list)</source>
        <translation>接続しました (プロバイダーはモデル一覧を提供していません)</translation>
    </message>
    <message>
        <source>The keychain refused the key: %1</source>
        <translation>キーチェーンがキーを拒否しました: %1</translation>
    </message>
    <message>
        <source>The key is in the keychain as “%1”; Save to use it.</source>
        <translation>キーはキーチェーンに「%1」として保存されました。使うには保存してください。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>provider%1</source>
        <translation>provider%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>プロバイダー名</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>model-a, model-b (optional)</source>
        <translation>model-a, model-b (省略可)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>API key, kept in the keychain as “%1”</source>
        <translation>API キー (キーチェーンに「%1」として保存済み)</translation>
    </message>
    <message>
        <source>API key: paste it to keep it in the keychain</source>
        <translation>API キー: 貼り付けるとキーチェーンに保存します</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>キーチェーンに保存</translation>
    </message>
    <message>
        <source>…or variable</source>
        <translation>…または環境変数</translation>
    </message>
    <message>
        <source>an environment variable holding the key</source>
        <translation>キーを入れた環境変数</translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation>キーを入れた環境変数</translation>
    </message>
    <message>
        <source>Save and test connection</source>
        <translation>保存して接続をテスト</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>プロバイダーに問い合わせ中…</translation>
    </message>
    <message>
        <source>Retry figures for every task</source>
        <translation>全タスク共通の再試行設定</translation>
    </message>
    <message>
        <source>Attempts per step</source>
        <translation>ステップあたりの試行回数</translation>
    </message>
    <message>
        <source>Minutes per step</source>
        <translation>ステップあたりの分数</translation>
    </message>
    <message>
        <source>First byte within (s)</source>
        <translation>最初のバイトまで (秒)</translation>
    </message>
    <message>
        <source>Seconds to the first byte</source>
        <translation>最初のバイトまでの秒数</translation>
    </message>
    <message>
        <source>Silent stream cut after (s)</source>
        <translation>無応答ストリームの切断 (秒)</translation>
    </message>
    <message>
        <source>Seconds of silence in a stream</source>
        <translation>ストリームの無応答秒数</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <source>Notify when a task pauses</source>
        <translation>タスクが一時停止したら通知</translation>
    </message>
    <message>
        <source>Notify when a task fails</source>
        <translation>タスクが失敗したら通知</translation>
    </message>
    <message>
        <source>Notify when a batch finishes</source>
        <translation>バッチが終わったら通知</translation>
    </message>
    <message>
        <source>Keep the computer awake while tasks run</source>
        <translation>タスク実行中はスリープしない</translation>
    </message>
    <message>
        <source>Start Vigil with the session</source>
        <translation>ログイン時に Vigil を起動</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>トレイに最小化して起動</translation>
    </message>
    <message>
        <source>Saved in %1, which `vigil` reads too.</source>
        <translation>%1 に保存されます (`vigil` も読みます)。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Daily cap for all tasks, US dollars</source>
        <translation>全タスクの 1 日あたりの上限（米ドル）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Daily spend cap for all tasks, in US dollars</source>
        <translation>全タスクの 1 日あたりの支出上限（米ドル）</translation>
    </message>
    <message>
        <source>Prices for every provider, in US dollars per million tokens. Vigil&apos;s own table, dated %1, prices the common models at OpenAI, Anthropic and Gemini&apos;s own hosts; a price here wins over it, and a provider&apos;s own over both. A model nobody priced has no cost: it reads “cost unknown”.</source>
        <translation>すべてのプロバイダーの価格（100 万トークンあたりの米ドル）。Vigil 自身の価格表（%1 時点）は OpenAI・Anthropic・Gemini 自身のホストでの一般的なモデルの価格です。ここでの価格はそれより優先され、プロバイダー個別の価格は両方より優先されます。価格のないモデルにはコストがなく、「コスト不明」と表示されます。</translation>
    </message>
    <message>
        <source>Every provider</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <source>Checkpoint store</source>
        <translation>チェックポイントストア</translation>
    </message>
    <message>
        <source>A file, or a PostgreSQL database as postgresql://user@host:port/database (Vigils sharing it share a batch&apos;s items). Vigil opens it at its next start, unless started with --db.</source>
        <translation>ファイル、または postgresql://user@host:port/database 形式の PostgreSQL データベース（共有する Vigil 同士でバッチの項目を分担します）。--db を指定して起動しない限り、次回の起動時に開きます。</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>A local OpenAI-/Anthropic-compatible model server with deterministic replies and scripted faults, for rehearsing Vigil&apos;s retry settings. Listens on 127.0.0.1 only.</source>
        <translation>決定的な応答と筋書きどおりの障害を返す、OpenAI/Anthropic 互換のローカルモデルサーバー。Vigil の再試行設定を試すためのものです。127.0.0.1 でのみ待ち受けます。</translation>
    </message>
    <message>
        <source>TCP port (0 picks a free one).</source>
        <translation>TCP ポート (0 なら空きポートを選びます)。</translation>
    </message>
    <message>
        <source>A built-in profile (%1) or a profile JSON file.</source>
        <translation>組み込みプロファイル (%1) またはプロファイルの JSON ファイル。</translation>
    </message>
    <message>
        <source>Print the built-in profiles.</source>
        <translation>組み込みプロファイルを表示します。</translation>
    </message>
    <message>
        <source>cannot read the profile %1: %2</source>
        <translation>プロファイル %1 を読めません: %2</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>JSON オブジェクトではありません: %1</translation>
    </message>
    <message>
        <source>not a port number</source>
        <translation>ポート番号ではありません</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>127.0.0.1:%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>vigil-sim listening on %1 (profile %2)</source>
        <translation>vigil-sim は %1 で待ち受け中 (プロファイル %2)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>不明なキー「%1」</translation>
    </message>
    <message>
        <source>script: unknown fault &quot;%1&quot;</source>
        <translation>script: 不明な障害「%1」</translation>
    </message>
    <message>
        <source>step_scripts: unknown fault &quot;%1&quot;</source>
        <translation>step_scripts: 不明な障害「%1」</translation>
    </message>
    <message>
        <source>capacity_windows: unknown response &quot;%1&quot;</source>
        <translation>capacity_windows: 不明な応答「%1」</translation>
    </message>
    <message>
        <source>rate_limit: requests and window_ms must be positive</source>
        <translation>rate_limit: requests と window_ms は正の値にしてください</translation>
    </message>
    <message>
        <source>faults: unknown kind &quot;%1&quot;</source>
        <translation>faults: 不明な種類「%1」</translation>
    </message>
    <message>
        <source>background_retention_ms must not be negative</source>
        <translation>background_retention_ms は負の値にできません</translation>
    </message>
    <message>
        <source>flex_unavailable must be between 0 and 1</source>
        <translation>flex_unavailable は 0 から 1 の間でなければなりません</translation>
    </message>
    <message>
        <source>batches: unknown key &quot;%1&quot;</source>
        <translation>batches: 不明なキー &quot;%1&quot;</translation>
    </message>
    <message>
        <source>batches: durations must not be negative, and window_ms is positive</source>
        <translation>batches: 期間は負にできず、window_ms は正の値です</translation>
    </message>
    <message>
        <source>batches: limits must be positive</source>
        <translation>batches: 上限は正の値でなければなりません</translation>
    </message>
    <message>
        <source>batches: unknown batch fault &quot;%1&quot;</source>
        <translation>batches: 不明なバッチ障害 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>batches: %1: unknown kind &quot;%2&quot;</source>
        <translation>batches: %1: 不明な種類 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>SwitchModelDialog</name>
    <message>
        <source>Switch model</source>
        <translation>モデルを切り替え</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>The task&apos;s own</source>
        <translation>タスク自身のもの</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Asking the provider for its models…</source>
        <translation>プロバイダーにモデル一覧を問い合わせ中…</translation>
    </message>
    <message>
        <source>The provider&apos;s model list is not available: %1</source>
        <translation>プロバイダーのモデル一覧を取得できません: %1</translation>
    </message>
    <message>
        <source>The provider gives no model list; type the model&apos;s name.</source>
        <translation>プロバイダーはモデル一覧を提供していません。モデル名を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered.</source>
        <translation>
            <numerusform>%n 個のモデルがあります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <source>Select a task to see its steps and attempts.</source>
        <translation>タスクを選ぶとステップと試行が表示されます。</translation>
    </message>
    <message>
        <source>%1 on %2 — %3</source>
        <translation>%2 の %1 — %3</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>Retry after fixing</source>
        <translation>修正後に再試行</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Switch model…</source>
        <translation>モデルを切り替え…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Copy for support</source>
        <translation>サポート用にコピー</translation>
    </message>
    <message>
        <source>Copies the task and its attempts, without keys, for a support request</source>
        <translation>サポート依頼用に、キーを除いたタスクと試行をコピーします</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 回試行</numerusform>
        </translation>
    </message>
    <message>
        <source>Output of step %1</source>
        <translation>ステップ %1 の出力</translation>
    </message>
    <message>
        <source>Paused at its spend cap: $%1 of $%2 spent. New cap:</source>
        <translation>支出上限で一時停止：$%2 のうち $%1 を使用。新しい上限：</translation>
    </message>
    <message>
        <source>Paused at its spend cap: %1 of %2 tokens used. New cap:</source>
        <translation>支出上限で一時停止：%2 トークンのうち %1 を使用。新しい上限：</translation>
    </message>
    <message>
        <source>New cost cap in US dollars</source>
        <translation>新しいコスト上限（米ドル）</translation>
    </message>
    <message>
        <source>New token cap</source>
        <translation>新しいトークン上限</translation>
    </message>
    <message>
        <source>Raise cap and resume</source>
        <translation>上限を上げて再開</translation>
    </message>
    <message>
        <source>The new cap must be above what the task has spent</source>
        <translation>新しい上限はタスクが使った額を上回る必要があります</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>推移</translation>
    </message>
    <message>
        <source>Run now by: %1</source>
        <translation>現在の実行元: %1</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>%1, %2, %3 of %4 steps done</source>
        <translation>%1、%2、%4 ステップ中 %3 完了</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 を選択</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>%1/%2 steps, %3 failed</source>
        <translation>%1/%2 ステップ、%3 失敗</translation>
    </message>
    <message>
        <source>%1/%2 steps</source>
        <translation>%1/%2 ステップ</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>試行 %1/%2</translation>
    </message>
    <message>
        <source>ends about %1, late</source>
        <translation>%1 頃終了、遅延</translation>
    </message>
    <message>
        <source>ends about %1</source>
        <translation>%1 頃終了</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
</context>
<context>
    <name>Vigil</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>送信前にキャンセルされました</translation>
    </message>
    <message>
        <source>the reply exceeded %1 bytes</source>
        <translation>応答が %1 バイトを超えました</translation>
    </message>
    <message>
        <source>a stream line exceeded the size limit</source>
        <translation>ストリームの行がサイズ上限を超えました</translation>
    </message>
    <message>
        <source>cannot create the folder of the output file %1</source>
        <translation>出力ファイル %1 のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>cannot open the output file %1: %2</source>
        <translation>出力ファイル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1: line %2: not a result of this batch; move the file away or name another output</source>
        <translation>%1: %2 行目: このバッチの結果ではありません。ファイルを移動するか、別の出力を指定してください</translation>
    </message>
    <message>
        <source>%1: line %2: a second result for the item %3; move the file away or name another output</source>
        <translation>%1: %2 行目: 項目 %3 の 2 つ目の結果です。ファイルを移動するか、別の出力を指定してください</translation>
    </message>
    <message>
        <source>cannot repair the output file %1: %2</source>
        <translation>出力ファイル %1 を修復できません: %2</translation>
    </message>
    <message>
        <source>cannot write the output file %1: %2</source>
        <translation>出力ファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot flush the output file %1 to the disk</source>
        <translation>出力ファイル %1 をディスクに書き出せません</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>the connection was closed or reset before the reply was complete</source>
        <translation>応答が完了する前に接続が閉じられたかリセットされました</translation>
    </message>
    <message>
        <source>the host was not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <source>the proxy failed</source>
        <translation>プロキシでエラーが発生しました</translation>
    </message>
    <message>
        <source>a network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>no stream event before the time-to-first-byte limit</source>
        <translation>最初のバイトの制限時間までにストリームのイベントがありません</translation>
    </message>
    <message>
        <source>the stream went silent for longer than the idle limit</source>
        <translation>ストリームがアイドル制限より長く途絶えました</translation>
    </message>
    <message>
        <source>the attempt ran past its time ceiling</source>
        <translation>試行が時間の上限を超えました</translation>
    </message>
    <message>
        <source>the stream ended without its terminal event</source>
        <translation>ストリームが終了イベントなしで終わりました</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no Vigil is running (nothing answers at %1); start one with `vigil serve` or the desktop app</source>
        <translation>Vigil が実行されていません (%1 に応答がありません)。`vigil serve` かデスクトップアプリで起動してください</translation>
    </message>
    <message>
        <source>the running Vigil did not answer at %1</source>
        <translation>実行中の Vigil が %1 で応答しませんでした</translation>
    </message>
    <message>
        <source>the running Vigil answered something unreadable</source>
        <translation>実行中の Vigil の応答を読み取れません</translation>
    </message>
    <message>
        <source>another Vigil is already running (its socket is %1)</source>
        <translation>別の Vigil が既に実行中です (ソケット: %1)</translation>
    </message>
    <message>
        <source>cannot listen at %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>a request is one JSON object on one line</source>
        <translation>リクエストは 1 行の JSON オブジェクトです</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured in %2</source>
        <translation>%2 に「%1」という名前のプロバイダーは設定されていません</translation>
    </message>
    <message>
        <source>stored task %1</source>
        <translation>保存済みタスク %1</translation>
    </message>
    <message>
        <source>models needs a configured provider&apos;s name or a task id</source>
        <translation>models には設定済みプロバイダーの名前かタスク ID が必要です</translation>
    </message>
    <message>
        <source>switch-model needs a task id</source>
        <translation>switch-model にはタスク ID が必要です</translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation>タスク %1 はありません</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>%1 needs a task id</source>
        <translation>%1 にはタスク ID が必要です</translation>
    </message>
    <message>
        <source>task %1 is %2 already</source>
        <translation>タスク %1 は既に%2です</translation>
    </message>
    <message>
        <source>task %1 is completed; there is nothing to resume</source>
        <translation>タスク %1 は完了しています。再開するものはありません</translation>
    </message>
    <message>
        <source>add needs the task file&apos;s absolute path</source>
        <translation>add にはタスクファイルの絶対パスが必要です</translation>
    </message>
    <message>
        <source>task %1 was added but cannot start: %2</source>
        <translation>タスク %1 を追加しましたが開始できません: %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>rate limit</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>クォータ</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>stall</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000</source>
        <translation>1〜1000 の整数にしてください</translation>
    </message>
    <message>
        <source>unknown retry setting</source>
        <translation>不明な再試行設定です</translation>
    </message>
    <message>
        <source>must be a whole number of milliseconds from 1 to %1</source>
        <translation>1〜%1 のミリ秒単位の整数にしてください</translation>
    </message>
    <message>
        <source>initial_delay_ms must not exceed max_delay_ms</source>
        <translation>initial_delay_ms は max_delay_ms 以下にしてください</translation>
    </message>
    <message>
        <source>capacity_initial_delay_ms must not exceed capacity_max_delay_ms</source>
        <translation>capacity_initial_delay_ms は capacity_max_delay_ms 以下にしてください</translation>
    </message>
    <message>
        <source>ttfb_timeout_ms and idle_timeout_ms must not exceed attempt_timeout_ms</source>
        <translation>ttfb_timeout_ms と idle_timeout_ms は attempt_timeout_ms 以下にしてください</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>waiting for the network</source>
        <translation>ネットワーク待ち</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未処理</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>the database is locked by another process (another Vigil on the same file?); it was left as it is</source>
        <translation>データベースが別のプロセスにロックされています (同じファイルを使う別の Vigil?)。変更していません</translation>
    </message>
    <message>
        <source>the disk is full; free some space and resume</source>
        <translation>ディスクがいっぱいです。空きを作ってから再開してください</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only (SQLite writes -wal and -shm files beside the database); make them writable or choose another with --db</source>
        <translation>データベースファイルかそのフォルダーが読み取り専用です (SQLite はデータベースの隣に -wal と -shm ファイルを書きます)。書き込み可能にするか、--db で別のものを選んでください</translation>
    </message>
    <message>
        <source>the database file is damaged; it was left as it is</source>
        <translation>データベースファイルが破損しています。変更していません</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>ディスクの読み書きができませんでした</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>データベースエラー</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>not a readable Vigil database</source>
        <translation>読み取れる Vigil のデータベースではありません</translation>
    </message>
    <message>
        <source>cannot use a write-ahead log</source>
        <translation>ログ先行書き込み (WAL) を使えません</translation>
    </message>
    <message>
        <source>journal_mode stayed %1</source>
        <translation>journal_mode は %1 のままです</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>スキーマのバージョンを読めません</translation>
    </message>
    <message>
        <source>the database was written by a newer Vigil</source>
        <translation>データベースは新しい Vigil で書かれています</translation>
    </message>
    <message>
        <source>schema version %1, this Vigil knows up to %2; nothing was changed</source>
        <translation>スキーマのバージョンは %1 ですが、この Vigil は %2 までしか知りません。何も変更していません</translation>
    </message>
    <message>
        <source>cannot back up the database before migrating</source>
        <translation>移行前にデータベースをバックアップできません</translation>
    </message>
    <message>
        <source>cannot start a migration</source>
        <translation>移行を開始できません</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>コミットできません</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>トランザクションを開始できません</translation>
    </message>
    <message>
        <source>cannot look up the task</source>
        <translation>タスクを検索できません</translation>
    </message>
    <message>
        <source>cannot load task %1</source>
        <translation>タスク %1 を読み込めません</translation>
    </message>
    <message>
        <source>cannot load the steps of task %1</source>
        <translation>タスク %1 のステップを読み込めません</translation>
    </message>
    <message>
        <source>cannot create the task</source>
        <translation>タスクを作成できません</translation>
    </message>
    <message>
        <source>cannot create the steps</source>
        <translation>ステップを作成できません</translation>
    </message>
    <message>
        <source>cannot update the task</source>
        <translation>タスクを更新できません</translation>
    </message>
    <message>
        <source>cannot record the task state</source>
        <translation>タスクの状態を記録できません</translation>
    </message>
    <message>
        <source>cannot reset the retry budget</source>
        <translation>再試行の予算をリセットできません</translation>
    </message>
    <message>
        <source>cannot credit waiting time</source>
        <translation>待ち時間を加算できません</translation>
    </message>
    <message>
        <source>cannot refund the attempt</source>
        <translation>試行を払い戻せません</translation>
    </message>
    <message>
        <source>cannot record the attempt</source>
        <translation>試行を記録できません</translation>
    </message>
    <message>
        <source>cannot record the end of attempt %1</source>
        <translation>試行 %1 の終了を記録できません</translation>
    </message>
    <message>
        <source>cannot record the step</source>
        <translation>ステップを記録できません</translation>
    </message>
    <message>
        <source>interrupted: Vigil stopped while this attempt was in flight</source>
        <translation>中断: この試行の実行中に Vigil が停止しました</translation>
    </message>
    <message>
        <source>cannot close interrupted attempts</source>
        <translation>中断された試行を閉じられません</translation>
    </message>
    <message>
        <source>cannot list the tasks</source>
        <translation>タスクの一覧を取得できません</translation>
    </message>
    <message>
        <source>cannot read the attempts</source>
        <translation>試行を読み込めません</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>不明なキーです (次のいずれか: %1)</translation>
    </message>
    <message>
        <source>required, but missing</source>
        <translation>必須ですが、ありません</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>文字列にしてください (%1 ではなく)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>オブジェクトにしてください (%1 ではなく)</translation>
    </message>
    <message>
        <source>keys do not belong in task or settings files; store the key with `vigil set-key NAME` and give &quot;api_key_keychain&quot;: &quot;NAME&quot;, or put it in an environment variable and name it in api_key_env</source>
        <translation>キーをタスクファイルや設定ファイルに書かないでください。`vigil set-key NAME` で保存して &quot;api_key_keychain&quot;: &quot;NAME&quot; を指定するか、環境変数に入れて api_key_env でその名前を指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>「%1」は http または https の URL ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of openai-chat, openai-responses, anthropic-messages</source>
        <translation>「%1」は openai-chat、openai-responses、anthropic-messages のいずれでもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name</source>
        <translation>「%1」は環境変数の名前ではありません</translation>
    </message>
    <message>
        <source>api_key_env and api_key_keychain both name a key; keep the one that holds it</source>
        <translation>api_key_env と api_key_keychain の両方がキーを指定しています。キーを持つ方だけを残してください</translation>
    </message>
    <message>
        <source>must be 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を 1〜100 文字にしてください</translation>
    </message>
    <message>
        <source>must be an array of strings, not %1</source>
        <translation>文字列の配列にしてください (%1 ではなく)</translation>
    </message>
    <message>
        <source>must hold at least one turn</source>
        <translation>少なくとも 1 つのターンが必要です</translation>
    </message>
    <message>
        <source>must not be the input file</source>
        <translation>入力ファイルと同じにはできません</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 256</source>
        <translation>1〜256 の整数にしてください</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>正しい JSON ではありません: %1</translation>
    </message>
    <message>
        <source>a task file holds one JSON object</source>
        <translation>タスクファイルには JSON オブジェクトを 1 つ書きます</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured in %2; configure it there, or give base_url and protocol here instead</source>
        <translation>%2 に「%1」という名前のプロバイダーは設定されていません。そこで設定するか、ここで base_url と protocol を指定してください</translation>
    </message>
    <message>
        <source>no provider named &quot;%1&quot; is configured; give base_url and protocol here instead</source>
        <translation>「%1」という名前のプロバイダーは設定されていません。ここで base_url と protocol を指定してください</translation>
    </message>
    <message>
        <source>a task has turns or a batch, not both</source>
        <translation>タスクにはターンかバッチのどちらか一方を書きます</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>true か false にしてください (%1 ではなく)</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000</source>
        <translation>1〜1000000 の整数にしてください</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>settings are one JSON object</source>
        <translation>設定は 1 つの JSON オブジェクトです</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>配列にしてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names another provider already</source>
        <translation>「%1」は既に別のプロバイダーの名前です</translation>
    </message>
    <message>
        <source>must be an array of model names</source>
        <translation>モデル名の配列にしてください</translation>
    </message>
    <message>
        <source>larger than 64 MiB</source>
        <translation>64 MiB を超えています</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>longer than 16 MiB</source>
        <translation>16 MiB を超えています</translation>
    </message>
    <message>
        <source>not valid JSON at column %1: %2</source>
        <translation>%1 列目が正しい JSON ではありません: %2</translation>
    </message>
    <message>
        <source>each line must hold one JSON object</source>
        <translation>各行には JSON オブジェクトを 1 つ書いてください</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a non-empty string or a whole number</source>
        <translation>&quot;id&quot; は空でない文字列か整数にしてください</translation>
    </message>
    <message>
        <source>the id %1 was already used on line %2</source>
        <translation>ID %1 は %2 行目で既に使われています</translation>
    </message>
    <message>
        <source>the template needs the field &quot;%1&quot;, which this item lacks</source>
        <translation>テンプレートに必要なフィールド「%1」がこの項目にありません</translation>
    </message>
    <message>
        <source>the rendered prompt is empty</source>
        <translation>展開したプロンプトが空です</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>項目が %1 を超えています</translation>
    </message>
    <message>
        <source>holds no items</source>
        <translation>項目がありません</translation>
    </message>
    <message>
        <source>the keychain holds no key named &quot;%1&quot;; store it with `vigil set-key %1`</source>
        <translation>キーチェーンに「%1」という名前のキーはありません。`vigil set-key %1` で保存してください</translation>
    </message>
    <message>
        <source>no keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet on the session bus): %1</source>
        <translation>キーチェーンを利用できません (Linux ではセッションバス上の GNOME Keyring や KWallet などの Secret Service): %1</translation>
    </message>
    <message>
        <source>the keychain refused access to &quot;%1&quot;: %2</source>
        <translation>キーチェーンが「%1」へのアクセスを拒否しました: %2</translation>
    </message>
    <message>
        <source>the keychain failed on &quot;%1&quot;: %2 (is a keychain service such as GNOME Keyring or KWallet running in this session?)</source>
        <translation>キーチェーンで「%1」の処理に失敗しました: %2 (このセッションで GNOME Keyring や KWallet などのキーチェーンサービスが動いていますか?)</translation>
    </message>
    <message>
        <source>the server redirected to %1 (HTTP %2); Vigil sends a task&apos;s requests and its API key only to its base_url: if the provider has moved, change base_url</source>
        <translation>サーバーが %1 へリダイレクトしました (HTTP %2)。Vigil はタスクのリクエストと API キーを base_url にだけ送ります。プロバイダーが移転したなら base_url を変更してください</translation>
    </message>
    <message>
        <source>probe_initial_delay_ms must not exceed probe_max_delay_ms</source>
        <translation>probe_initial_delay_ms は probe_max_delay_ms を超えてはいけません</translation>
    </message>
    <message>
        <source> (offline; not charged)</source>
        <translation> (オフライン、回数に含めません)</translation>
    </message>
    <message>
        <source>attempt %1 is not armed</source>
        <translation>試行 %1 は準備されていません</translation>
    </message>
    <message>
        <source>cannot withdraw the attempts not sent</source>
        <translation>送信されていない試行を取り下げられません</translation>
    </message>
    <message>
        <source>interrupted: Vigil stopped as this attempt was about to be sent; it may not have reached the backend</source>
        <translation>中断: この試行を送信しようとしたときに Vigil が停止しました。バックエンドに届いていない可能性があります</translation>
    </message>
    <message>
        <source>cannot record the background response</source>
        <translation>バックグラウンド応答を記録できません</translation>
    </message>
    <message>
        <source>only the openai-responses protocol can re-attach to a stream; %1 has no server-side resume</source>
        <translation>ストリームに再接続できるのは openai-responses プロトコルだけです。%1 にはサーバー側の再開がありません</translation>
    </message>
    <message>
        <source>must be the provider&apos;s name for a tier, such as &quot;flex&quot; or &quot;priority&quot;</source>
        <translation>&quot;flex&quot; や &quot;priority&quot; のような、プロバイダーの階層名でなければなりません</translation>
    </message>
    <message>
        <source>falls back from a service_tier other than the default; set service_tier too</source>
        <translation>既定以外の service_tier から切り替えるための設定です。service_tier も指定してください</translation>
    </message>
    <message>
        <source>cancelled while polling</source>
        <translation>ポーリング中にキャンセルされました</translation>
    </message>
    <message>
        <source>max_cost_usd must be an amount in US dollars, more than 0</source>
        <translation>max_cost_usd は 0 より大きい米ドルの金額でなければなりません</translation>
    </message>
    <message>
        <source>max_tokens must be a whole number of tokens, 1 or more</source>
        <translation>max_tokens は 1 以上の整数のトークン数でなければなりません</translation>
    </message>
    <message>
        <source>must be a price in dollars per million tokens, 0 or more</source>
        <translation>100 万トークンあたりのドル価格（0 以上）でなければなりません</translation>
    </message>
    <message>
        <source>must be an object with &quot;input&quot; and &quot;output&quot; prices</source>
        <translation>&quot;input&quot; と &quot;output&quot; の価格を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>must be an object: tier name → factor of the prices</source>
        <translation>オブジェクトでなければなりません: ティア名 → 価格の係数</translation>
    </message>
    <message>
        <source>must be a factor of the prices, more than 0</source>
        <translation>0 より大きい価格の係数でなければなりません</translation>
    </message>
    <message>
        <source>applies only with &quot;long_prompt_over&quot;</source>
        <translation>&quot;long_prompt_over&quot; と一緒のときだけ有効です</translation>
    </message>
    <message>
        <source>must be a number of prompt tokens, more than 0</source>
        <translation>0 より大きいプロンプトのトークン数でなければなりません</translation>
    </message>
    <message>
        <source>must be an object: model name → its prices</source>
        <translation>オブジェクトでなければなりません: モデル名 → その価格</translation>
    </message>
    <message>
        <source>cannot read what the tasks spent</source>
        <translation>タスクの使用額を読み取れません</translation>
    </message>
    <message>
        <source>must be an object with max_cost_usd, max_tokens or both, not %1</source>
        <translation>max_cost_usd、max_tokens またはその両方を持つオブジェクトでなければなりません（%1 ではなく）</translation>
    </message>
    <message>
        <source>give max_cost_usd, max_tokens or both</source>
        <translation>max_cost_usd、max_tokens またはその両方を指定してください</translation>
    </message>
    <message>
        <source>must be an amount in US dollars, more than 0</source>
        <translation>0 より大きい米ドルの金額でなければなりません</translation>
    </message>
    <message>
        <source>must be a whole number of tokens, 1 or more</source>
        <translation>1 以上の整数のトークン数でなければなりません</translation>
    </message>
    <message>
        <source>name, models, retry and prices belong to providers in the settings file; a task&apos;s own retry figures go in $.retry</source>
        <translation>name、models、retry、prices は設定ファイルのプロバイダーに書きます。タスク自身の再試行の値は $.retry に書きます</translation>
    </message>
    <message>
        <source>daily spend cap reached: %1 of %2 spent today by all tasks; goes on tomorrow, or raise daily_cap_usd in the settings and resume</source>
        <translation>1 日の支出上限に達しました: 全タスクで今日 %2 のうち %1 を使用。明日再開します。設定の daily_cap_usd を上げて再開することもできます</translation>
    </message>
    <message>
        <source>must be a local time such as &quot;08:00&quot;, or an ISO 8601 date and time such as &quot;2026-12-06T08:00&quot;</source>
        <translation>&quot;08:00&quot; のような現地時刻、または &quot;2026-12-06T08:00&quot; のような ISO 8601 の日時でなければなりません</translation>
    </message>
    <message>
        <source>rate limit or quota</source>
        <translation>レート制限またはクォータ</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>network or stall</source>
        <translation>ネットワークまたは停止</translation>
    </message>
    <message>
        <source>other failures</source>
        <translation>その他の失敗</translation>
    </message>
    <message>
        <source>cannot read what the tasks did</source>
        <translation>タスクの実行内容を読み取れません</translation>
    </message>
    <message>
        <source>a result line without a custom_id</source>
        <translation>custom_id のない結果行</translation>
    </message>
    <message>
        <source>the answer is not a batch</source>
        <translation>応答はバッチではありません</translation>
    </message>
    <message>
        <source>the batch has a status Vigil does not know: &quot;%1&quot;</source>
        <translation>バッチの状態を Vigil は知りません: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a result line without a custom_id or a result</source>
        <translation>custom_id か結果のない結果行</translation>
    </message>
    <message>
        <source>the batch expired before this request ran</source>
        <translation>このリクエストの実行前にバッチの期限が切れました</translation>
    </message>
    <message>
        <source>the batch was cancelled before this request ran</source>
        <translation>このリクエストの実行前にバッチが取り消されました</translation>
    </message>
    <message>
        <source>a result of a type Vigil does not know: &quot;%1&quot;</source>
        <translation>Vigil の知らない種類の結果: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the answer is not a message batch</source>
        <translation>応答はメッセージバッチではありません</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>応答は JSON ではありません: %1</translation>
    </message>
    <message>
        <source>cancelled with its task</source>
        <translation>タスクと一緒に取り消されました</translation>
    </message>
    <message>
        <source>the provider&apos;s validation refused line %1 of batch %2: %3</source>
        <translation>プロバイダーの検証がバッチ %2 の %1 行目を拒否しました: %3</translation>
    </message>
    <message>
        <source>not run: batch %1 was refused for another of its items</source>
        <translation>未実行: バッチ %1 は別の項目のために拒否されました</translation>
    </message>
    <message>
        <source>not run: batch %1 was refused: %2</source>
        <translation>未実行: バッチ %1 は拒否されました: %2</translation>
    </message>
    <message>
        <source>batch %1 ended with no output or error file: none of its requests has a result</source>
        <translation>バッチ %1 は出力ファイルもエラーファイルもなく終了しました: どのリクエストにも結果がありません</translation>
    </message>
    <message>
        <source>batch %1 ended without a result for this item</source>
        <translation>バッチ %1 はこの項目の結果なしで終了しました</translation>
    </message>
    <message>
        <source>the provider no longer knows batch %1</source>
        <translation>プロバイダーはもうバッチ %1 を知りません</translation>
    </message>
    <message>
        <source>cannot record the provider batch</source>
        <translation>プロバイダーのバッチを記録できません</translation>
    </message>
    <message>
        <source>cannot read the provider batches</source>
        <translation>プロバイダーのバッチを読めません</translation>
    </message>
    <message>
        <source>must be &quot;live&quot; or &quot;provider-batch&quot;, not &quot;%1&quot;</source>
        <translation>&quot;live&quot; か &quot;provider-batch&quot; でなければなりません (&quot;%1&quot; ではなく)</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数でなければなりません</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot;, &quot;live&quot; or &quot;provider-batch&quot;, not &quot;%1&quot;</source>
        <translation>&quot;auto&quot;、&quot;live&quot;、&quot;provider-batch&quot; のいずれかでなければなりません（&quot;%1&quot; ではなく）</translation>
    </message>
    <message>
        <source>%1 since %2, far longer than usual</source>
        <translation>%2 から %1 のまま、通常よりはるかに長い</translation>
    </message>
    <message numerus="yes">
        <source>refused at validation for %n of its lines</source>
        <translation>
            <numerusform>検証で %n 行が拒否されました</numerusform>
        </translation>
    </message>
    <message>
        <source>refused at validation: %1</source>
        <translation>検証で拒否されました: %1</translation>
    </message>
    <message>
        <source>the provider did not answer (%1): %2; trying again</source>
        <translation>プロバイダーが応答しませんでした (%1): %2。再試行します</translation>
    </message>
    <message>
        <source>cannot migrate the database</source>
        <translation>データベースを移行できません</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Qt の PostgreSQL ドライバーがインストールされていません（Debian: libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL: write postgresql://user@host:port/database</source>
        <translation>PostgreSQL の URL ではありません：postgresql://user@host:port/database と書いてください</translation>
    </message>
    <message>
        <source>the database server cannot be reached; is it running, and are the host and port right?</source>
        <translation>データベースサーバーに接続できません。起動していますか？ホストとポートは正しいですか？</translation>
    </message>
    <message>
        <source>the database server&apos;s name is not known</source>
        <translation>データベースサーバーの名前が見つかりません</translation>
    </message>
    <message>
        <source>the database server did not answer in time</source>
        <translation>データベースサーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the database server refused the user or password (a password goes in ~/.pgpass or PGPASSWORD)</source>
        <translation>データベースサーバーがユーザーまたはパスワードを拒否しました（パスワードは ~/.pgpass か PGPASSWORD に置きます）</translation>
    </message>
    <message>
        <source>the database server asks for a password (put it in ~/.pgpass or PGPASSWORD)</source>
        <translation>データベースサーバーがパスワードを求めています（~/.pgpass か PGPASSWORD に置いてください）</translation>
    </message>
    <message>
        <source>the database does not exist; create it first (createdb)</source>
        <translation>データベースが存在しません。先に作成してください（createdb）</translation>
    </message>
    <message>
        <source>the connection to the database server was lost</source>
        <translation>データベースサーバーとの接続が失われました</translation>
    </message>
    <message>
        <source>the database server ended the connection</source>
        <translation>データベースサーバーが接続を終了しました</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full</source>
        <translation>データベースサーバーのディスクがいっぱいです</translation>
    </message>
    <message>
        <source>no store was opened</source>
        <translation>ストアが開かれていません</translation>
    </message>
    <message>
        <source>no step %1</source>
        <translation>ステップ %1 はありません</translation>
    </message>
    <message>
        <source>step %1 was taken over by another Vigil</source>
        <translation>ステップ %1 は別の Vigil に引き継がれました</translation>
    </message>
    <message>
        <source>this Vigil&apos;s lease on it ran out before the step&apos;s result was written</source>
        <translation>ステップの結果が書き込まれる前に、この Vigil のリースが切れました</translation>
    </message>
    <message>
        <source>no step for attempt %1</source>
        <translation>試行 %1 のステップがありません</translation>
    </message>
    <message>
        <source>its step was taken over by another Vigil while it ran (this Vigil&apos;s lease ran out); its result was not kept</source>
        <translation>実行中にステップが別の Vigil に引き継がれました（この Vigil のリースが切れました）。結果は保存されていません</translation>
    </message>
    <message>
        <source>cannot claim steps of task %1</source>
        <translation>タスク %1 のステップを確保できません</translation>
    </message>
    <message>
        <source>cannot renew the leases of task %1</source>
        <translation>タスク %1 のリースを更新できません</translation>
    </message>
    <message>
        <source>cannot give up the leases of task %1</source>
        <translation>タスク %1 のリースを解放できません</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds, at least 1</source>
        <translation>%1 は 1 以上の整数の秒数でなければなりません</translation>
    </message>
    <message>
        <source>cannot tell other Vigils</source>
        <translation>他の Vigil に通知できません</translation>
    </message>
    <message>
        <source>another Vigil sharing the store stopped task %1</source>
        <translation>ストアを共有する別の Vigil がタスク %1 を止めました</translation>
    </message>
    <message>
        <source>the reply&apos;s head is too long</source>
        <translation>応答のヘッダーが長すぎます</translation>
    </message>
    <message>
        <source>a chunk&apos;s size cannot be read</source>
        <translation>チャンクのサイズを読み取れません</translation>
    </message>
    <message>
        <source>a chunk does not end where its size said</source>
        <translation>チャンクがサイズの示す位置で終わっていません</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP/1</source>
        <translation>サーバーが HTTP/1 で応答しませんでした</translation>
    </message>
    <message>
        <source>a header of the reply cannot be read</source>
        <translation>応答のヘッダー行を読み取れません</translation>
    </message>
    <message>
        <source>the server switched protocols</source>
        <translation>サーバーがプロトコルを切り替えました</translation>
    </message>
    <message>
        <source>the reply&apos;s Content-Length cannot be read</source>
        <translation>応答の Content-Length を読み取れません</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1（プロセス %2）</translation>
    </message>
    <message>
        <source>%1, steps held: %2</source>
        <translation>%1、保持しているステップ: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vigil cannot start: %1</source>
        <translation>Vigil を起動できません: %1</translation>
    </message>
    <message>
        <source>The control socket.</source>
        <translation>制御ソケット。</translation>
    </message>
    <message>
        <source>The settings file.</source>
        <translation>設定ファイル。</translation>
    </message>
    <message>
        <source>Start in the tray, without the window.</source>
        <translation>ウィンドウを開かずにトレイで起動します。</translation>
    </message>
    <message>
        <source>Keeps long-running model tasks alive overnight.</source>
        <translation>時間のかかるモデルのタスクを夜通し動かし続けます。</translation>
    </message>
    <message>
        <source>Task files to add.</source>
        <translation>追加するタスクファイル。</translation>
    </message>
    <message>
        <source>The checkpoint store: a file, or a postgresql:// URL.</source>
        <translation>チェックポイントストア：ファイル、または postgresql:// の URL。</translation>
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
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 tokens · %2 · %3 lost to waits</source>
        <translation>%1 トークン · %2 · 待機で %3 を失いました</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>コスト不明</translation>
    </message>
</context>
<context>
    <name>vigil::Engine</name>
    <message>
        <source>task %1 is already running</source>
        <translation>タスク %1 はすでに実行中です</translation>
    </message>
    <message>
        <source>the API key could not be read: </source>
        <translation>API キーを読み取れませんでした: </translation>
    </message>
    <message>
        <source>task %1 is %2 already</source>
        <translation>タスク %1 はすでに %2 です</translation>
    </message>
    <message>
        <source>cancelled by the user; completed steps are kept</source>
        <translation>ユーザーがキャンセルしました。完了したステップは残ります</translation>
    </message>
    <message>
        <source>paused by the user; completed steps are kept</source>
        <translation>ユーザーが一時停止しました。完了したステップは残ります</translation>
    </message>
    <message>
        <source>task %1 is %2; only a running task can be paused</source>
        <translation>タスク %1 は %2 です。一時停止できるのは実行中のタスクだけです</translation>
    </message>
    <message>
        <source>task %1 is %2; there is nothing left to run</source>
        <translation>タスク %1 は %2 です。実行するものは残っていません</translation>
    </message>
    <message>
        <source>the model must not be empty</source>
        <translation>モデルは空にできません</translation>
    </message>
    <message>
        <source>%1 is not cooling down</source>
        <translation>%1 はクールダウン中ではありません</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is in the keychain, and this Vigil has no keychain</source>
        <translation>キー「%1」はキーチェーンにありますが、この Vigil にはキーチェーンがありません</translation>
    </message>
    <message>
        <source>task %1 is %2; retry-now applies to a retrying, paused or failed task</source>
        <translation>タスク %1 は%2です。retry-now は再試行中、一時停止、失敗のタスクに使えます</translation>
    </message>
    <message>
        <source>the provider at %1 does not offer the model &quot;%2&quot;; it offers: %3</source>
        <translation>%1 のプロバイダーはモデル「%2」を提供していません。提供しているのは: %3</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 の応答: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no backend &quot;%1&quot;</source>
        <translation>バックエンド「%1」はありません</translation>
    </message>
    <message>
        <source>the API key could not be read: the environment variable %1, named by provider.api_key_env, is not set; set it where Vigil runs, then resume</source>
        <translation>API キーを読み取れませんでした: provider.api_key_env で指定された環境変数 %1 が設定されていません。Vigil を実行している環境で設定してから再開してください</translation>
    </message>
    <message>
        <source>the checkpoint store failed: %1</source>
        <translation>チェックポイントの保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>cannot create the folder of the output file %1</source>
        <translation>出力ファイル %1 のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>another Vigil on this machine writes the output file %1; stop it, or name another output</source>
        <translation>このマシンの別の Vigil が出力ファイル %1 に書き込んでいます。それを止めるか、別の出力を指定してください</translation>
    </message>
    <message>
        <source>cannot lock the output file %1 (%2)</source>
        <translation>出力ファイル %1 をロックできません（%2）</translation>
    </message>
</context>
<context>
    <name>vigil::EngineHost</name>
    <message>
        <source>task %1 cannot continue: %2</source>
        <translation>タスク %1 を続行できません: %2</translation>
    </message>
    <message>
        <source>batch %1 %2: %3 of %4 done, %5 failed, %6 expired</source>
        <translation>バッチ %1 %2: %4 件中 %3 件完了、%5 件失敗、%6 件期限切れ</translation>
    </message>
</context>
<context>
    <name>vigil::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Switch model</source>
        <translation>モデルを切り替え</translation>
    </message>
</context>
<context>
    <name>vigil::KeepAwake</name>
    <message>
        <source>Tasks are running; Vigil keeps the computer awake until they end</source>
        <translation>タスク実行中のため、終わるまで Vigil がスリープを防いでいます</translation>
    </message>
</context>
<context>
    <name>vigil::Legend</name>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>クォータ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Stall</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
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
        <translation>logind がロックなしで応答しました（バスがファイル記述子を渡しません）</translation>
    </message>
</context>
<context>
    <name>vigil::NotificationCenter</name>
    <message>
        <source>at capacity</source>
        <translation>容量超過</translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <source>out of quota</source>
        <translation>クォータ切れ</translation>
    </message>
    <message>
        <source>refusing the API key</source>
        <translation>API キーを拒否しています</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>failing (%1)</source>
        <translation>失敗中 (%1)</translation>
    </message>
    <message>
        <source>Batch “%1” finished</source>
        <translation>バッチ「%1」が完了しました</translation>
    </message>
    <message>
        <source>%1 of %2 items done, %3 failed</source>
        <translation>%2 項目中 %1 完了、%3 失敗</translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) done</source>
        <translation>
            <numerusform>全 %n 項目完了</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is paused</source>
        <translation>「%1」は一時停止中です</translation>
    </message>
    <message>
        <source>%1 is %2. %3 Completed steps are kept.</source>
        <translation>%1 は%2。%3 完了したステップは残ります。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) paused</source>
        <translation>
            <numerusform>%n 件のタスクが一時停止</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Each keeps its completed steps.</source>
        <translation>%1 は%2。完了したステップはそれぞれ残ります。</translation>
    </message>
    <message>
        <source>“%1” failed</source>
        <translation>「%1」が失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) failed</source>
        <translation>
            <numerusform>%n 件のタスクが失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2. Each keeps its completed steps; fix the cause and retry.</source>
        <translation>%1 は%2。完了したステップは残ります。原因を直して再試行してください。</translation>
    </message>
    <message>
        <source>“%1” will miss its deadline</source>
        <translation>「%1」は期限に間に合いません</translation>
    </message>
    <message>
        <source>“%1” will reach its spend cap</source>
        <translation>「%1」は支出上限に達します</translation>
    </message>
    <message>
        <source>“%1”: a provider batch ended</source>
        <translation>「%1」: プロバイダーのバッチが終了しました</translation>
    </message>
</context>
<context>
    <name>vigil::SettingsEditor</name>
    <message>
        <source>a key name is 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>キー名は 1〜100 文字の英数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; です</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>キーが空です</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>キーチェーンがありません</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 に書き込めませんでした</translation>
    </message>
    <message>
        <source>%1: a price needs the model it is for</source>
        <translation>%1: 価格には対象のモデルが必要です</translation>
    </message>
    <message>
        <source>%1: the %2 price of %3 must be US dollars per million tokens, 0 or more</source>
        <translation>%1: %3 の %2 価格は 100 万トークンあたりの米ドルで 0 以上である必要があります</translation>
    </message>
    <message>
        <source>the daily spend cap must be US dollars, more than 0 (empty: none)</source>
        <translation>1 日の支出上限は 0 より大きい米ドル額である必要があります（空欄：なし）</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>prices at %1</source>
        <translation>%1 での価格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL: write postgresql://user@host:port/database</source>
        <translation>「%1」は PostgreSQL の URL ではありません：postgresql://user@host:port/database と書いてください</translation>
    </message>
</context>
<context>
    <name>vigil::TaskListModel</name>
    <message>
        <source>%1 tokens · %2</source>
        <translation>%1 トークン · %2</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>費用不明</translation>
    </message>
</context>
<context>
    <name>vigil::TaskRunner</name>
    <message>
        <source>cancelled by the user; completed steps are kept</source>
        <translation>ユーザーがキャンセルしました。完了したステップは残ります</translation>
    </message>
    <message>
        <source>paused by the user; completed steps are kept</source>
        <translation>ユーザーが一時停止しました。完了したステップは残ります</translation>
    </message>
    <message>
        <source>the checkpoint store failed: %1</source>
        <translation>チェックポイントの保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>the machine is offline; no attempts are spent until it is back</source>
        <translation>マシンがオフラインです。戻るまで試行回数は消費しません</translation>
    </message>
    <message>
        <source>all %1 steps completed</source>
        <translation>全 %1 ステップ完了</translation>
    </message>
    <message>
        <source>all %1 items completed; results in %2</source>
        <translation>全 %1 項目完了。結果は %2</translation>
    </message>
    <message>
        <source>%1 of %2 items completed, %3 failed; results and errors in %4</source>
        <translation>%2 項目中 %1 完了、%3 失敗。結果とエラーは %4</translation>
    </message>
    <message>
        <source>%1 items, up to %2 at once</source>
        <translation>%1 項目、同時に最大 %2</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>ステップ %1/%2</translation>
    </message>
    <message>
        <source>attempt %1 of %2 failed (%3: %4); </source>
        <translation>試行 %1/%2 が失敗 (%3: %4)。</translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>項目 %1: </translation>
    </message>
    <message>
        <source>step %1: </source>
        <translation>ステップ %1: </translation>
    </message>
    <message>
        <source>next try in %1</source>
        <translation>次の試行まで %1</translation>
    </message>
    <message>
        <source>the backend %1 is cooling down; next probe at %2</source>
        <translation>バックエンド %1 はクールダウン中。次の確認は %2</translation>
    </message>
    <message>
        <source>the backend %1 has no requests left until %2</source>
        <translation>バックエンド %1 は %2 までリクエストの残りがありません</translation>
    </message>
    <message>
        <source>waiting for a probe of the backend %1</source>
        <translation>バックエンド %1 の確認待ち</translation>
    </message>
    <message>
        <source>the backend %1 recovered; resuming in turn</source>
        <translation>バックエンド %1 は回復しました。順番に再開します</translation>
    </message>
    <message>
        <source>check the API key for provider %1: %2</source>
        <translation>プロバイダー %1 の API キーを確認してください: %2</translation>
    </message>
    <message>
        <source>model %1 was not found at %2 — switch model: %3</source>
        <translation>モデル %1 は %2 に見つかりません — モデルを切り替えてください: %3</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 was refused: %2</source>
        <translation>%1 の TLS 証明書が拒否されました: %2</translation>
    </message>
    <message>
        <source>quota exhausted — add credit or switch provider: %1</source>
        <translation>クォータ切れ — クレジットを追加するかプロバイダーを切り替えてください: %1</translation>
    </message>
    <message>
        <source>the request was rejected: %1</source>
        <translation>リクエストが拒否されました: %1</translation>
    </message>
    <message>
        <source>retry budget exhausted on %1 after %2 attempts in %3; last: %4: %5</source>
        <translation>%1 の再試行回数を使い切りました (%3 で %2 回)。最後: %4: %5</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <source>; resumes by itself at %1</source>
        <translation>。%1 に自動で再開します</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>the backend %1 is rate-limited to %n request(s) at once; waiting for a free place</source>
        <translation>
            <numerusform>バックエンド %1 はレート制限により同時に %n 件までです。空きを待っています</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks to wait until %2, longer than the step&apos;s time budget; resumes by itself then: %3: %4</source>
        <translation>%1 は %2 まで待つよう求めています。ステップの時間予算より長いため、その時刻に自動で再開します: %3: %4</translation>
    </message>
    <message>
        <source>the background response %1 is gone (%2); the step is sent again</source>
        <translation>バックグラウンド応答 %1 はもうありません（%2）。ステップを再送します</translation>
    </message>
    <message>
        <source>the cost of %1 is not known, so its spend cap cannot be kept: give its price in the settings file&apos;s &quot;prices&quot;, or take max_cost_usd out of the task&apos;s budget</source>
        <translation>%1 の費用が不明なため支出上限を守れません: 設定ファイルの &quot;prices&quot; に価格を書くか、タスクの budget から max_cost_usd を外してください</translation>
    </message>
    <message>
        <source>spend cap reached: %1 of %2 spent; raise the cap to go on</source>
        <translation>支出上限に達しました: %2 のうち %1 を使用。続けるには上限を上げてください</translation>
    </message>
    <message>
        <source>spend cap reached: %1 of %2 tokens used; raise the cap to go on</source>
        <translation>支出上限に達しました: %2 トークンのうち %1 を使用。続けるには上限を上げてください</translation>
    </message>
    <message>
        <source>at the cost so far, the task will need about %1 and stop at its cap of %2</source>
        <translation>これまでの費用から見て、タスクには約 %1 が必要で、上限 %2 で止まります</translation>
    </message>
    <message>
        <source>at the tokens so far, the task will need about %1 and stop at its cap of %2</source>
        <translation>これまでのトークン数から見て、タスクには約 %1 が必要で、上限 %2 で止まります</translation>
    </message>
    <message>
        <source>switch to a faster model, or raise the batch&apos;s concurrency (now %1)</source>
        <translation>より速いモデルに切り替えるか、バッチの同時実行数を上げてください (現在 %1)</translation>
    </message>
    <message>
        <source>switch to a faster model</source>
        <translation>より速いモデルに切り替えてください</translation>
    </message>
    <message>
        <source>at its pace so far the task ends about %1, after its deadline %2: %3</source>
        <translation>これまでのペースでは、タスクは %1 頃に終わり、期限 %2 を過ぎます: %3</translation>
    </message>
    <message>
        <source>cancelled with the task; its provider batch was asked to stop</source>
        <translation>タスクと一緒に取り消されました。プロバイダーのバッチに停止を求めました</translation>
    </message>
    <message>
        <source>one being created</source>
        <translation>作成中のもの 1 件</translation>
    </message>
    <message numerus="yes">
        <source>%1 items in %n provider batch(es): %2</source>
        <translation>
            <numerusform>%1 件の項目が %n 個のプロバイダーバッチにあります: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>retry budget exhausted on item %1 after %2 attempts; last: %3: %4</source>
        <translation>項目 %1 の再試行の予算は %2 回の試行で尽きました。最後: %3: %4</translation>
    </message>
    <message>
        <source>the checkpoint store cannot be reached: %1; the task goes on once it is back</source>
        <translation>チェックポイントストアに接続できません：%1。戻りしだいタスクは続きます</translation>
    </message>
    <message>
        <source>%1; the other Vigils sharing the task go on with it</source>
        <translation>%1。このタスクを共有する他の Vigil が続行します</translation>
    </message>
</context>
<context>
    <name>vigil::TrayIcon</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>実行中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retrying</source>
        <translation>
            <numerusform>再試行中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) you</source>
        <translation>
            <numerusform>対応待ち %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigil — nothing running</source>
        <translation>Vigil — 実行中のものはありません</translation>
    </message>
    <message>
        <source>Vigil — %1</source>
        <translation>Vigil — %1</translation>
    </message>
    <message>
        <source>Resume “%1”</source>
        <translation>「%1」を再開</translation>
    </message>
    <message numerus="yes">
        <source>%n more paused in the window…</source>
        <translation>
            <numerusform>ほか %n 件の一時停止はウィンドウで…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>すべて一時停止</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>すべて再開</translation>
    </message>
    <message>
        <source>Show Vigil</source>
        <translation>Vigil を表示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Vigil keeps working</source>
        <translation>Vigil は動き続けます</translation>
    </message>
    <message>
        <source>Vigil is still running in the tray and tells you when a task needs you. Quit from the tray menu.</source>
        <translation>Vigil はトレイで動き続け、対応が必要なタスクがあれば知らせます。終了はトレイのメニューから。</translation>
    </message>
</context>
</TS>
