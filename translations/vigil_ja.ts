<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止</translation>
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
</context>
<context>
    <name>Theme</name>
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
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
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
        <translation>システムに合わせる</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vigil cannot start: %1</source>
        <translation>Vigil を起動できません: %1</translation>
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
        <source>no task %1</source>
        <translation>タスク %1 はありません</translation>
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
        <source> (offline; not charged)</source>
        <translation> (オフライン、回数に含めません)</translation>
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
