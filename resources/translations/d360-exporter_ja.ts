<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>Add an API token</source>
        <translation>API トークンを追加</translation>
    </message>
    <message>
        <source>Paste an API token from the Document360 portal (Settings &gt; API Tokens, or Knowledge base portal &gt; API keys). It is checked with the server before it is saved, and kept only in your system keychain.</source>
        <translation>Document360 ポータルで取得した API トークンを貼り付けてください (設定 &gt; API トークン、またはナレッジベースポータル &gt; API キー)。トークンは保存前にサーバーで確認され、システムのキーチェーンにのみ保管されます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>e.g. Handbook (EU)</source>
        <translation>例: Handbook (EU)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Private hosting name or base URL</source>
        <translation>プライベートホスティング名またはベース URL</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API トークン(&amp;T):</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation>ここにトークンを貼り付けます</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>表示(&amp;W)</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>トークンを表示</translation>
    </message>
    <message>
        <source>Show the token, to check what was pasted</source>
        <translation>貼り付けた内容を確認するため、トークンを表示します</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>このセッションでのみ使用(&amp;S)</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>トークンをこのセッションでのみ使用します</translation>
    </message>
    <message>
        <source>&amp;Test and save</source>
        <translation>テストして保存(&amp;T)</translation>
    </message>
    <message>
        <source>Test the token and save the account</source>
        <translation>トークンをテストしてアカウントを保存します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;Add token…</source>
        <translation>トークンを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an account with an API token</source>
        <translation>API トークンでアカウントを追加します</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Add an account by signing in</source>
        <translation>サインインしてアカウントを追加します</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>名前を変更(&amp;N)</translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>アカウントの名前を変更します</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>トークンを置き換え(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the token or sign in again</source>
        <translation>トークンを置き換えるか、もう一度サインインします</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test the account</source>
        <translation>アカウントをテストします</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>アカウントを削除します</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>アカウントの詳細</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection, then try again.</source>
        <translation>%1 が時間内に応答しませんでした。接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the region or base URL and your internet connection.</source>
        <translation>サーバー名 %1 が見つかりませんでした。リージョンまたはベース URL と、インターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>%1 refused the connection. The address may be wrong, or the service is down.</source>
        <translation>%1 が接続を拒否しました。アドレスが間違っているか、サービスが停止している可能性があります。</translation>
    </message>
    <message>
        <source>The network is unreachable (%1). Check your internet connection.</source>
        <translation>ネットワークに到達できません (%1)。インターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>The connection to %1 dropped (%2). Try again.</source>
        <translation>%1 との接続が切断されました (%2)。もう一度お試しください。</translation>
    </message>
    <message>
        <source>No secure connection to %1 (%2). A proxy, a wrong system clock or an outdated certificate store may be in the way.</source>
        <translation>%1 と安全な接続を確立できません (%2)。プロキシ、システム時計のずれ、または古い証明書ストアが原因の可能性があります。</translation>
    </message>
    <message>
        <source>Refused an unsafe address (%1). Only https is used, except on this computer (localhost).</source>
        <translation>安全でないアドレスを拒否しました (%1)。このコンピューター (localhost) を除き、https のみを使用します。</translation>
    </message>
    <message>
        <source>Too many redirects (%1). The download link may be misconfigured.</source>
        <translation>リダイレクトが多すぎます (%1)。ダウンロードリンクの設定が誤っている可能性があります。</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read (%2). A proxy or a server fault may be in the way; try again later.</source>
        <translation>%1 からの応答を読み取れませんでした (%2)。プロキシまたはサーバーの障害が原因の可能性があります。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Document360 could not read the request (400): %1. This is a bug in D360 Exporter; please report it with the trace id.</source>
        <translation>Document360 がリクエストを読み取れませんでした (400): %1。これは D360 Exporter の不具合です。トレース ID を添えて報告してください。</translation>
    </message>
    <message>
        <source>Document360 refused the token (401): the token was revoked or belongs to another region. Check the region, or replace the token.</source>
        <translation>Document360 がトークンを拒否しました (401): トークンが取り消されたか、別のリージョンのものです。リージョンを確認するか、トークンを置き換えてください。</translation>
    </message>
    <message>
        <source>The token may not do this (403): %1. Exporting needs the UpdateProjectSettings permission; ask a project owner.</source>
        <translation>このトークンにはこの操作の権限がありません (403): %1。エクスポートには UpdateProjectSettings 権限が必要です。プロジェクトのオーナーに依頼してください。</translation>
    </message>
    <message>
        <source>Not found (404): %1. It may have been deleted, or the token belongs to another project.</source>
        <translation>見つかりません (404): %1。削除されたか、トークンが別のプロジェクトのものである可能性があります。</translation>
    </message>
    <message>
        <source>Document360 rejected the request (422): %1.</source>
        <translation>Document360 がリクエストを拒否しました (422): %1。</translation>
    </message>
    <message>
        <source>Document360 rejected the field %1 (422).</source>
        <translation>Document360 がフィールド %1 を拒否しました (422)。</translation>
    </message>
    <message numerus="yes">
        <source>Rate limit reached (429): too many requests for this token. Try again in %n second(s), or run fewer exports at once.</source>
        <translation>
            <numerusform>レート制限に達しました (429): このトークンのリクエストが多すぎます。%n 秒後にもう一度お試しいただくか、同時に実行するエクスポートを減らしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit reached (429): too many requests for this token. Try again in a minute, or run fewer exports at once.</source>
        <translation>レート制限に達しました (429): このトークンのリクエストが多すぎます。1 分後にもう一度お試しいただくか、同時に実行するエクスポートを減らしてください。</translation>
    </message>
    <message>
        <source>Document360 had a server error (%1): %2. Try again later; if it persists, give support the trace id.</source>
        <translation>Document360 でサーバーエラーが発生しました (%1): %2。しばらくしてからもう一度お試しください。解決しない場合は、サポートにトレース ID をお伝えください。</translation>
    </message>
    <message>
        <source>Unexpected answer from %1 (HTTP %2): %3.</source>
        <translation>%1 から予期しない応答がありました (HTTP %2): %3。</translation>
    </message>
    <message>
        <source>The connection dropped after the export was requested (%1), so the export may have started on the server. Check before starting it again.</source>
        <translation>エクスポートを要求した後に接続が切断されたため (%1)、サーバー上でエクスポートが開始されている可能性があります。もう一度開始する前に確認してください。</translation>
    </message>
    <message>
        <source>The download link expired (403 from the storage host). A fresh link is needed from the export&apos;s status.</source>
        <translation>ダウンロードリンクの有効期限が切れました (ストレージホストから 403)。エクスポートのステータスから新しいリンクを取得する必要があります。</translation>
    </message>
    <message>
        <source>Document360 could not build the export: %1.</source>
        <translation>Document360 がエクスポートを作成できませんでした: %1。</translation>
    </message>
    <message>
        <source>Could not save the download: %1. Check free space and permissions of the output folder.</source>
        <translation>ダウンロードしたファイルを保存できませんでした: %1。出力フォルダーの空き容量とアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>%1 Trace id: %2</source>
        <translation>%1 トレース ID: %2</translation>
    </message>
    <message>
        <source>a %1 without &quot;%2&quot;</source>
        <translation>&quot;%2&quot; のない %1</translation>
    </message>
    <message>
        <source>a completed export without a valid &quot;download_url&quot;</source>
        <translation>有効な &quot;download_url&quot; のない完了済みエクスポート</translation>
    </message>
    <message>
        <source>the answer is %1, more than the %2 an answer may be, so it was not read</source>
        <translation>応答のサイズは %1 で、応答の上限 %2 を超えているため、読み取りませんでした</translation>
    </message>
    <message>
        <source>the answer went past the %1 an answer may be, so the rest was not read</source>
        <translation>応答が上限の %1 を超えたため、残りは読み取りませんでした</translation>
    </message>
    <message>
        <source>the server reports a failure</source>
        <translation>サーバーが失敗を報告しています</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>the storage host sent the file without a length (no Content-Length and no chunked encoding), so a cut connection could not be told from its end</source>
        <translation>ストレージホストが長さを示さずにファイルを送信したため (Content-Length も chunked エンコーディングもなし)、接続の切断と正常な終了を区別できませんでした</translation>
    </message>
    <message>
        <source>the storage host sent a different part of the file than asked for (Content-Range: %1)</source>
        <translation>ストレージホストが要求とは異なるファイルの部分を送信しました (Content-Range: %1)</translation>
    </message>
    <message>
        <source>the download ended after %1 of %2 bytes</source>
        <translation>ダウンロードが %2 バイト中 %1 バイトで終了しました</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>リダイレクトが %1 回を超えました</translation>
    </message>
    <message>
        <source>a redirect from https to %1</source>
        <translation>https から %1 へのリダイレクト</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>本文が空です</translation>
    </message>
    <message>
        <source>the body is JSON but not an object</source>
        <translation>本文は JSON ですが、オブジェクトではありません</translation>
    </message>
    <message>
        <source>the body ends early, at byte %1 of JSON (truncated)</source>
        <translation>本文が JSON の %1 バイト目で途切れています (切り捨て)</translation>
    </message>
    <message>
        <source>the body is not JSON (it starts with &quot;%1&quot;)</source>
        <translation>本文が JSON ではありません (&quot;%1&quot; で始まっています)</translation>
    </message>
    <message>
        <source>the JSON is invalid at byte %1: %2</source>
        <translation>JSON の %1 バイト目が不正です: %2</translation>
    </message>
    <message>
        <source>the answer has no &quot;data&quot;</source>
        <translation>応答に &quot;data&quot; がありません</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>a list was expected, the answer holds %1</source>
        <translation>リストが必要ですが、応答には %1 が含まれています</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>別の値</translation>
    </message>
    <message>
        <source>the list did not end after %1 pages</source>
        <translation>リストが %1 ページを過ぎても終わりませんでした</translation>
    </message>
    <message>
        <source>the list&apos;s pagination repeats itself</source>
        <translation>リストのページ送りが同じ内容を繰り返しています</translation>
    </message>
    <message>
        <source>the server says there is more, but sent an empty page</source>
        <translation>サーバーは続きがあると示していますが、空のページが送られてきました</translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation>説明がありません</translation>
    </message>
    <message>
        <source>no explanation given; %1</source>
        <translation>説明がありません。%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a private hosting name (one word of letters, digits and dashes, as in https://apihub.NAME.document360.io)</source>
        <translation>&quot;%1&quot; はプライベートホスティング名ではありません (https://apihub.NAME.document360.io のように、英字・数字・ハイフンからなる 1 語)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>&quot;%1&quot; は URL ではありません</translation>
    </message>
    <message>
        <source>a base URL has no query, fragment or user name</source>
        <translation>ベース URL にはクエリ、フラグメント、ユーザー名を含められません</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>%1 (private hosting)</source>
        <translation>%1 (プライベートホスティング)</translation>
    </message>
    <message>
        <source>%1 uses plain http on another computer</source>
        <translation>%1 は別のコンピューターに平文の http を使用しています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https address</source>
        <translation>&quot;%1&quot; は https アドレスではありません</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Pick a version on the left.</source>
        <translation>左側でバージョンを選択してください。</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>選択したバージョン</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;All languages of this version</source>
        <translation>このバージョンのすべての言語(&amp;A)</translation>
    </message>
    <message>
        <source>Languages to export</source>
        <translation>エクスポートする言語</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>PDF(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;HTML (ZIP)</source>
        <translation>HTML (ZIP)(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Markdown (ZIP)</source>
        <translation>Markdown (ZIP)(&amp;M)</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>保存先(&amp;T):</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>出力フォルダーを選択します</translation>
    </message>
    <message>
        <source>Save as pr&amp;eset…</source>
        <translation>プリセットとして保存(&amp;E)…</translation>
    </message>
    <message>
        <source>Save these choices as a preset</source>
        <translation>これらの選択をプリセットとして保存します</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Export the chosen languages and formats (Enter on this button)</source>
        <translation>選択した言語と形式をエクスポートします (このボタンで Enter)</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>Job details</source>
        <translation>ジョブの詳細</translation>
    </message>
    <message>
        <source>Selected job</source>
        <translation>選択したジョブ</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>ジョブを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Job status</source>
        <translation>ジョブのステータス</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>サーバーのメッセージ</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>Server warnings</source>
        <translation>サーバーの警告</translation>
    </message>
    <message>
        <source>For support:</source>
        <translation>サポート用:</translation>
    </message>
    <message>
        <source>Id for Document360 support</source>
        <translation>Document360 サポート用の ID</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>リクエスト ID:</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <source>Link expires:</source>
        <translation>リンクの有効期限:</translation>
    </message>
    <message>
        <source>Download link expiry</source>
        <translation>ダウンロードリンクの有効期限</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>ファイルの SHA-256</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>ファイルのパス</translation>
    </message>
    <message>
        <source>Extracted into:</source>
        <translation>展開先:</translation>
    </message>
    <message>
        <source>Folder the file was extracted into</source>
        <translation>ファイルを展開したフォルダー</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>バイト数:</translation>
    </message>
    <message>
        <source>Bytes downloaded</source>
        <translation>ダウンロードしたバイト数</translation>
    </message>
</context>
<context>
    <name>JobQueueView</name>
    <message>
        <source>Export jobs</source>
        <translation>エクスポートジョブ</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>フィルター(&amp;I):</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>ジョブを絞り込む</translation>
    </message>
    <message>
        <source>Project, version, language, format, status or file name</source>
        <translation>プロジェクト、バージョン、言語、形式、ステータス、またはファイル名</translation>
    </message>
    <message>
        <source>Enter opens the file, Delete removes the job, Ctrl+C copies its path; the context menu has more</source>
        <translation>Enter でファイルを開き、Delete でジョブを一覧から削除し、Ctrl+C でパスをコピーします。その他の操作はコンテキストメニューにあります</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>D360 Exporter</source>
        <translation>D360 Exporter</translation>
    </message>
    <message>
        <source>Sandbox notice</source>
        <translation>サンドボックスのお知らせ</translation>
    </message>
    <message>
        <source>Sandbox: demo data from a simulator on this computer. Nothing here touches a real knowledge base.</source>
        <translation>サンドボックス: このコンピューター上のシミュレーターによるデモデータです。ここでの操作は実際のナレッジベースには一切影響しません。</translation>
    </message>
    <message>
        <source>Account needs attention</source>
        <translation>アカウントに対応が必要です</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>トークンを置き換え(&amp;R)…</translation>
    </message>
    <message>
        <source>Filter projects and versions</source>
        <translation>プロジェクトとバージョンを絞り込む</translation>
    </message>
    <message>
        <source>Note about the account&apos;s projects</source>
        <translation>アカウントのプロジェクトに関する注意</translation>
    </message>
    <message>
        <source>Projects and versions</source>
        <translation>プロジェクトとバージョン</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒以内に応答がありません</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service is running on this desktop session (GNOME Keyring, KWallet or KeePassXC). Start one and try again.</source>
        <translation>キーチェーンを利用できません: このデスクトップセッションで Secret Service (GNOME Keyring、KWallet、KeePassXC) が動作していません。いずれかを起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in again, or open your keyring manager) and try again.</source>
        <translation>キーチェーンがロックされています。ロックを解除してから (再ログインするか、キーリングマネージャーを開きます)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow D360 Exporter to use it and try again.</source>
        <translation>キーチェーンへのアクセスが拒否されました。D360 Exporter による使用を許可してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain has no token for this account (it may have been deleted there). Replace the token or sign in again.</source>
        <translation>キーチェーンにこのアカウントのトークンがありません (キーチェーン側で削除された可能性があります)。トークンを置き換えるか、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The keychain did not answer (%1). The Secret Service may be stuck: restart your keyring or log in again.</source>
        <translation>キーチェーンが応答しませんでした (%1)。Secret Service が停止している可能性があります。キーリングを再起動するか、再ログインしてください。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1.</source>
        <translation>キーチェーンがエラーを報告しました: %1。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>出力フォルダー(&amp;O):</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>出力フォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>出力フォルダーを選択します</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>ファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>ファイル名のパターン</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>プレビュー:</translation>
    </message>
    <message>
        <source>File name preview</source>
        <translation>ファイル名のプレビュー</translation>
    </message>
    <message>
        <source>When a file &amp;exists:</source>
        <translation>ファイルが既にある場合(&amp;E):</translation>
    </message>
    <message>
        <source>When a file exists</source>
        <translation>ファイルが既にある場合</translation>
    </message>
    <message>
        <source>Exports at &amp;once:</source>
        <translation>同時エクスポート数(&amp;O):</translation>
    </message>
    <message>
        <source>Exports at once</source>
        <translation>同時エクスポート数</translation>
    </message>
    <message>
        <source>Check on an export being built at least &amp;every:</source>
        <translation>作成中のエクスポートを確認する最長間隔(&amp;E):</translation>
    </message>
    <message>
        <source>While Document360 builds an export, D360 Exporter asks how far it is, more often at first and then less; this is the longest it waits between two questions.</source>
        <translation>Document360 がエクスポートを作成している間、D360 Exporter は進捗を問い合わせます。最初は頻繁に、その後は間隔をあけて問い合わせます。これは 2 回の問い合わせの間の最長の待ち時間です。</translation>
    </message>
    <message>
        <source>Longest wait between status checks, in seconds</source>
        <translation>ステータス確認の最長の待ち時間 (秒)</translation>
    </message>
    <message>
        <source>E&amp;xtract HTML and Markdown exports (ZIP) into a folder</source>
        <translation>HTML と Markdown のエクスポート (ZIP) をフォルダーに展開する(&amp;X)</translation>
    </message>
    <message>
        <source>O&amp;pen each file when its export completes</source>
        <translation>エクスポートが完了したらファイルを開く(&amp;P)</translation>
    </message>
    <message>
        <source>Problems with these settings</source>
        <translation>これらの設定の問題</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Document360</source>
        <translation>Document360 にサインイン</translation>
    </message>
    <message>
        <source>Sign in with your Document360 login in your web browser. D360 Exporter receives the sign-in on this computer only and keeps it in your system keychain.</source>
        <translation>Web ブラウザーで Document360 のログイン情報を使ってサインインします。D360 Exporter はこのコンピューター上でのみサインインを受け取り、システムのキーチェーンに保管します。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>e.g. Handbook (EU)</source>
        <translation>例: Handbook (EU)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Private hosting name or base URL</source>
        <translation>プライベートホスティング名またはベース URL</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth クライアント ID</translation>
    </message>
    <message>
        <source>the client ID Document360 registered for D360 Exporter</source>
        <translation>Document360 が D360 Exporter 用に登録したクライアント ID</translation>
    </message>
    <message>
        <source>Where a client ID comes from</source>
        <translation>クライアント ID の入手先</translation>
    </message>
    <message>
        <source>Sign-in server addresses (change only if your administrator says so)</source>
        <translation>サインインサーバーのアドレス (管理者から指示があった場合のみ変更してください)</translation>
    </message>
    <message>
        <source>Sign-in server settings</source>
        <translation>サインインサーバーの設定</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>認可 URL(&amp;A):</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>認可 URL</translation>
    </message>
    <message>
        <source>T&amp;oken URL:</source>
        <translation>トークン URL(&amp;O):</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>トークン URL</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>サインインの状態</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>このセッションでのみ使用(&amp;S)</translation>
    </message>
    <message>
        <source>Use the sign-in for this session only</source>
        <translation>サインインをこのセッションでのみ使用します</translation>
    </message>
    <message>
        <source>&amp;Copy sign-in link</source>
        <translation>サインインリンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the sign-in link</source>
        <translation>サインインリンクをコピーします</translation>
    </message>
    <message>
        <source>&amp;Sign in in the browser</source>
        <translation>ブラウザーでサインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>ブラウザーでサインイン</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>サインインをキャンセル</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>サインインをキャンセルします</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Export your Document360 knowledge base</source>
        <translation>Document360 のナレッジベースをエクスポート</translation>
    </message>
    <message>
        <source>PDF, HTML or Markdown, for one language or forty. Start with one of these:</source>
        <translation>PDF、HTML、Markdown に、1 言語でも 40 言語でもエクスポートできます。まずは次のいずれかから始めましょう:</translation>
    </message>
    <message>
        <source>Add an API &amp;token…</source>
        <translation>API トークンを追加(&amp;T)…</translation>
    </message>
    <message>
        <source>Paste a token from Document360: Settings &gt; API Tokens. It is kept in your system&apos;s keychain.</source>
        <translation>Document360 のトークンを貼り付けます: 設定 &gt; API トークン。トークンはシステムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>&amp;Sign in with Document360…</source>
        <translation>Document360 でサインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign in with your Document360 login in your browser.</source>
        <translation>ブラウザーで Document360 のログイン情報を使ってサインインします。</translation>
    </message>
    <message>
        <source>Try the s&amp;andbox</source>
        <translation>サンドボックスを試す(&amp;A)</translation>
    </message>
    <message>
        <source>Demo projects from a simulator on this computer. Nothing touches a real knowledge base.</source>
        <translation>このコンピューター上のシミュレーターによるデモプロジェクトです。実際のナレッジベースには一切影響しません。</translation>
    </message>
</context>
<context>
    <name>d360::ExportSession</name>
    <message>
        <source>The Git mirror was not updated: %1</source>
        <translation>Git ミラーを更新しませんでした: %1</translation>
    </message>
    <message>
        <source>Committed to the Git mirror %1: %2</source>
        <translation>Git ミラー %1 にコミットしました: %2</translation>
    </message>
    <message>
        <source>The Git mirror %1 is up to date.</source>
        <translation>Git ミラー %1 は最新です。</translation>
    </message>
</context>
<context>
    <name>d360::SandboxCommand</name>
    <message>
        <source>Serve a Document360 V3 API simulator on loopback until interrupted (Ctrl+C).
Prints D360_BASE_URL, D360_API_KEY and more as NAME=value lines for eval.</source>
        <translation>Ctrl+C で中断するまで、ループバック上で Document360 V3 API シミュレーターを提供します。
eval 用に、D360_BASE_URL、D360_API_KEY などを NAME=value 形式の行で出力します。</translation>
    </message>
    <message>
        <source>API port on 127.0.0.1; 0 picks a free one (default).</source>
        <translation>127.0.0.1 上の API ポート。0 を指定すると空いているポートを選びます (既定)。</translation>
    </message>
    <message>
        <source>seed (project-versions, Bearer; default) or workspaces (X-API-Key).</source>
        <translation>seed (project-versions、Bearer。既定) または workspaces (X-API-Key)。</translation>
    </message>
    <message>
        <source>Read the API key to accept from the first line of stdin instead of generating one.</source>
        <translation>受け付ける API キーを生成する代わりに、stdin の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>How long an export stays Pending (default 300).</source>
        <translation>エクスポートが Pending のままになる時間 (既定 300)。</translation>
    </message>
    <message>
        <source>How long it then stays InProgress (default 1200).</source>
        <translation>その後 InProgress のままになる時間 (既定 1200)。</translation>
    </message>
    <message>
        <source>Requests per token and window; 0 = unlimited (default 60).</source>
        <translation>トークンおよび時間枠あたりのリクエスト数。0 = 無制限 (既定 60)。</translation>
    </message>
    <message>
        <source>The window, in seconds (default 60).</source>
        <translation>時間枠の長さ (秒) (既定 60)。</translation>
    </message>
    <message>
        <source>Download links expire after this many seconds (default 1800).</source>
        <translation>ダウンロードリンクの有効期限 (秒) (既定 1800)。</translation>
    </message>
    <message>
        <source>Make every export file this much bigger, e.g. 200M (default 0).</source>
        <translation>各エクスポートファイルをこの分だけ大きくします。例: 200M (既定 0)。</translation>
    </message>
    <message>
        <source>OAuth access tokens expire after this many seconds (default 3600).</source>
        <translation>OAuth アクセストークンの有効期限 (秒) (既定 3600)。</translation>
    </message>
    <message>
        <source>An OAuth client id the identity server knows; repeat for several (default d360-exporter-sandbox). Any other is refused with invalid_client.</source>
        <translation>ID サーバーが認識する OAuth クライアント ID。複数指定する場合は繰り返します (既定 d360-exporter-sandbox)。それ以外は invalid_client で拒否されます。</translation>
    </message>
    <message>
        <source>OAuth token answers leave out expires_in; clients must read the JWT&apos;s exp.</source>
        <translation>OAuth トークンの応答から expires_in を省きます。クライアントは JWT の exp を読み取る必要があります。</translation>
    </message>
    <message>
        <source>Download links redirect this many times before the file (default 0).</source>
        <translation>ダウンロードリンクがファイルに到達するまでのリダイレクト回数 (既定 0)。</translation>
    </message>
    <message>
        <source>Serve revision N of the demo content (default 1); each revision after the first edits, adds, deletes and renames articles and changes an image.</source>
        <translation>デモコンテンツのリビジョン N を提供します (既定 1)。2 つ目以降の各リビジョンでは、記事の編集・追加・削除・名前変更と、画像の変更が行われます。</translation>
    </message>
    <message>
        <source>Fault: delay every API answer.</source>
        <translation>障害: すべての API 応答を遅らせます。</translation>
    </message>
    <message>
        <source>Fault: share (0..1) of API answers replaced by 500/502/503/504.</source>
        <translation>障害: 500/502/503/504 に置き換える API 応答の割合 (0..1)。</translation>
    </message>
    <message>
        <source>Fault: the next N API requests answer 503.</source>
        <translation>障害: 次の N 件の API リクエストに 503 を返します。</translation>
    </message>
    <message>
        <source>Fault: the next N API requests answer 429.</source>
        <translation>障害: 次の N 件の API リクエストに 429 を返します。</translation>
    </message>
    <message>
        <source>Fault: Retry-After seconds on injected 429s and 503s (default 1).</source>
        <translation>障害: 注入した 429 と 503 の Retry-After の秒数 (既定 1)。</translation>
    </message>
    <message>
        <source>Fault: storage closes the connection after this many body bytes.</source>
        <translation>障害: ストレージが本文をこのバイト数だけ送った後に接続を閉じます。</translation>
    </message>
    <message>
        <source>Fault: ... for this many downloads (default 1).</source>
        <translation>障害: ... をこの回数のダウンロードについて行います (既定 1)。</translation>
    </message>
    <message>
        <source>Fault: the next N API answers are 200 with a body that is not JSON.</source>
        <translation>障害: 次の N 件の API 応答を、JSON ではない本文の 200 にします。</translation>
    </message>
    <message>
        <source>Fault: the next N API answers are cut mid-body.</source>
        <translation>障害: 次の N 件の API 応答を本文の途中で切ります。</translation>
    </message>
    <message>
        <source>Fault: storage sends at most this many bytes per second, e.g. 512K.</source>
        <translation>障害: ストレージが送るのは 1 秒あたり最大でこのバイト数までにします。例: 512K。</translation>
    </message>
    <message>
        <source>Fault: every API request answers 401.</source>
        <translation>障害: すべての API リクエストに 401 を返します。</translation>
    </message>
    <message>
        <source>Fault: the next N exports end Failed.</source>
        <translation>障害: 次の N 件のエクスポートを Failed で終了させます。</translation>
    </message>
    <message>
        <source>Fault: storage ignores Range and sends the whole file.</source>
        <translation>障害: ストレージが Range を無視してファイル全体を送ります。</translation>
    </message>
    <message>
        <source>Fault: storage sends files without Content-Length, ending them by closing.</source>
        <translation>障害: ストレージが Content-Length なしでファイルを送り、接続を閉じて終了します。</translation>
    </message>
    <message>
        <source>Storage announces each file&apos;s digests (Repr-Digest, Content-MD5): right or wrong.</source>
        <translation>ストレージが各ファイルのダイジェスト (Repr-Digest、Content-MD5) を通知します: right または wrong。</translation>
    </message>
    <message>
        <source>Fault: error details quote the credential the request presented.</source>
        <translation>障害: エラーの詳細に、リクエストで提示された認証情報を引用します。</translation>
    </message>
    <message>
        <source>Fault: names carry terminal escapes, C1 controls and bidi overrides.</source>
        <translation>障害: 名前に端末エスケープ、C1 制御文字、双方向テキストのオーバーライドを含めます。</translation>
    </message>
    <message>
        <source>Fault: API answers grow to at least this size, e.g. 64M.</source>
        <translation>障害: API 応答を少なくともこのサイズまで大きくします。例: 64M。</translation>
    </message>
    <message>
        <source>Fault: API answers go without Content-Length, ended by closing.</source>
        <translation>障害: API 応答を Content-Length なしで送り、接続を閉じて終了します。</translation>
    </message>
    <message>
        <source>Fault: download links are plain http to a host that is not loopback.</source>
        <translation>障害: ダウンロードリンクを、ループバック以外のホストへの平文の http にします。</translation>
    </message>
    <message>
        <source>Fault: the next N OAuth token requests answer 503.</source>
        <translation>障害: 次の N 件の OAuth トークンリクエストに 503 を返します。</translation>
    </message>
    <message>
        <source>Fault: ... then the next N are closed unanswered.</source>
        <translation>障害: ... その後の N 件は応答せずに閉じます。</translation>
    </message>
    <message>
        <source>Run &quot;d360-exporter sandbox --help&quot; for the options.</source>
        <translation>オプションは &quot;d360-exporter sandbox --help&quot; で表示できます。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Invalid value for --%1.</source>
        <translation>--%1 の値が不正です。</translation>
    </message>
    <message>
        <source>--api-key-stdin: the first line of stdin must hold the key (printable ASCII, no spaces).</source>
        <translation>--api-key-stdin: stdin の 1 行目にキー (スペースを含まない、表示可能な ASCII) が必要です。</translation>
    </message>
    <message>
        <source>Document360 sandbox (%1 dialect, %2) at %3, storage at %4. Stop it with Ctrl+C.</source>
        <translation>Document360 サンドボックス (%1 方言、%2) を %3 で、ストレージを %4 で提供しています。Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>Stopping the sandbox (signal %1).</source>
        <translation>サンドボックスを停止しています (シグナル %1)。</translation>
    </message>
</context>
<context>
    <name>d360::WindowSession</name>
    <message>
        <source>No temporary folder for the sandbox: %1</source>
        <translation>サンドボックス用の一時フォルダーがありません: %1</translation>
    </message>
    <message>
        <source>Presets and history are not available: the state database could not be opened (the status bar says why).</source>
        <translation>プリセットと履歴は使用できません: 状態データベースを開けませんでした (理由はステータスバーに表示されます)。</translation>
    </message>
    <message>
        <source>Sandbox (demo)</source>
        <translation>サンドボックス (デモ)</translation>
    </message>
    <message>
        <source>The sandbox account could not be added: %1</source>
        <translation>サンドボックスのアカウントを追加できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>d360::api::ApiCall</name>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
</context>
<context>
    <name>d360::api::DownloadCall</name>
    <message>
        <source>the file has %1 of %2 bytes</source>
        <translation>ファイルは %2 バイト中 %1 バイトです</translation>
    </message>
</context>
<context>
    <name>d360::auth::Account</name>
    <message>
        <source>Signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>d360::auth::AccountManager</name>
    <message>
        <source>There is no such account.</source>
        <translation>そのようなアカウントはありません。</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>アカウントに名前を付けてください。</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前のアカウントは既にあります。</translation>
    </message>
    <message>
        <source>the keychain entry of this account cannot be read</source>
        <translation>このアカウントのキーチェーンの項目を読み取れません</translation>
    </message>
    <message>
        <source>No token was given.</source>
        <translation>トークンが入力されていません。</translation>
    </message>
    <message>
        <source>The account could not be saved: %1.</source>
        <translation>アカウントを保存できませんでした: %1。</translation>
    </message>
    <message>
        <source>This account signs in through the browser; sign in again instead.</source>
        <translation>このアカウントはブラウザーでサインインします。代わりにもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>This account uses an API token; paste a new token instead.</source>
        <translation>このアカウントは API トークンを使用します。代わりに新しいトークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>The account&apos;s settings could not be removed: %1.</source>
        <translation>アカウントの設定を削除できませんでした: %1。</translation>
    </message>
</context>
<context>
    <name>d360::auth::AccountRepository</name>
    <message>
        <source>the settings file %1 cannot be written</source>
        <translation>設定ファイル %1 に書き込めません</translation>
    </message>
    <message>
        <source>the settings file %1 is damaged</source>
        <translation>設定ファイル %1 が破損しています</translation>
    </message>
</context>
<context>
    <name>d360::auth::LoopbackRedirectListener</name>
    <message>
        <source>cannot listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>ブラウザーからの応答を受け取るために 127.0.0.1 で待ち受けできません: %1</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>リクエストのタイムアウト</translation>
    </message>
    <message>
        <source>The request took too long.</source>
        <translation>リクエストに時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>This address only receives a sign-in answer.</source>
        <translation>このアドレスはサインインの応答のみを受け付けます。</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>リクエストが大きすぎます</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>リクエストが大きすぎます。</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>不正なリクエスト</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>許可されていません</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>This is not a sign-in answer D360 Exporter is waiting for.</source>
        <translation>これは D360 Exporter が待っているサインインの応答ではありません。</translation>
    </message>
    <message>
        <source>The sign-in answer did not match the sign-in D360 Exporter started (wrong state), so it was refused. Start the sign-in again.</source>
        <translation>サインインの応答が D360 Exporter の開始したサインインと一致しなかったため (state の不一致)、拒否しました。もう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>サインインが拒否されました</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>サインインサーバーがエラーを報告しました: %1</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <source>D360 Exporter received your sign-in. You can close this tab and return to the application.</source>
        <translation>D360 Exporter がサインインを受け取りました。このタブを閉じて、アプリケーションに戻ってください。</translation>
    </message>
</context>
<context>
    <name>d360::auth::OAuthSettings</name>
    <message>
        <source>no client ID is given</source>
        <translation>クライアント ID が指定されていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sign-in address</source>
        <translation>&quot;%1&quot; はサインインのアドレスではありません</translation>
    </message>
</context>
<context>
    <name>d360::auth::OAuthSignIn</name>
    <message>
        <source>The sign-in timed out: the browser did not come back in time. Start it again.</source>
        <translation>サインインがタイムアウトしました: ブラウザーから時間内に戻りませんでした。もう一度開始してください。</translation>
    </message>
    <message>
        <source>Cannot start the sign-in: %1.</source>
        <translation>サインインを開始できません: %1。</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>サインインをキャンセルしました。</translation>
    </message>
    <message>
        <source>Signing in failed: %1.</source>
        <translation>サインインに失敗しました: %1。</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser (access_denied). Sign in again to allow it.</source>
        <translation>ブラウザーでサインインが拒否されました (access_denied)。許可するには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>サインインサーバーがエラーを報告しました: %1</translation>
    </message>
</context>
<context>
    <name>d360::auth::SignInRefusal</name>
    <message>
        <source>Either ask Document360 to register a client ID for D360 Exporter (a public client with the redirect URI http://127.0.0.1/callback) and enter it as the client ID, or add the account with an API token instead (Document360 portal: Settings &gt; API tokens), which needs no client ID.</source>
        <translation>Document360 に D360 Exporter 用のクライアント ID (リダイレクト URI が http://127.0.0.1/callback のパブリッククライアント) の登録を依頼してクライアント ID として入力するか、代わりに API トークンでアカウントを追加してください (Document360 ポータル: 設定 &gt; API トークン)。API トークンならクライアント ID は不要です。</translation>
    </message>
    <message>
        <source>Document360&apos;s sign-in server does not accept the client ID &quot;%1&quot; (%2): it is not registered for this program. %3</source>
        <translation>Document360 のサインインサーバーはクライアント ID &quot;%1&quot; を受け付けません (%2): このプログラム用に登録されていません。%3</translation>
    </message>
    <message>
        <source>Document360&apos;s sign-in server does not accept this program&apos;s return address (%1 about the redirect URI): the client ID &quot;%2&quot; is not registered for http://127.0.0.1/callback. %3</source>
        <translation>Document360 のサインインサーバーはこのプログラムの戻り先アドレスを受け付けません (リダイレクト URI について %1): クライアント ID &quot;%2&quot; は http://127.0.0.1/callback 用に登録されていません。%3</translation>
    </message>
    <message>
        <source>If the browser shows &quot;invalid_client&quot;, &quot;unauthorized_client&quot; or an error about the redirect URI, Document360 does not know this client ID: cancel, and use a registered client ID or an API token.</source>
        <translation>ブラウザーに &quot;invalid_client&quot;、&quot;unauthorized_client&quot;、またはリダイレクト URI に関するエラーが表示された場合、Document360 はこのクライアント ID を認識していません。キャンセルして、登録済みのクライアント ID か API トークンを使用してください。</translation>
    </message>
    <message>
        <source>Document360 registers a client ID for each application that signs in with a Document360 login, and publishes none for general use. Ask Document360 (or your administrator) for the one registered for D360 Exporter, with the redirect URI http://127.0.0.1/callback. Without one, add the account with an API token.</source>
        <translation>Document360 は、Document360 のログインでサインインするアプリケーションごとにクライアント ID を登録しており、汎用のクライアント ID は公開していません。D360 Exporter 用に、リダイレクト URI http://127.0.0.1/callback で登録されたクライアント ID を Document360 (または管理者) に問い合わせてください。クライアント ID がない場合は、API トークンでアカウントを追加してください。</translation>
    </message>
</context>
<context>
    <name>d360::auth::TokenEndpoint</name>
    <message>
        <source>the sign-in server no longer accepts this sign-in (it expired or was revoked): %1</source>
        <translation>サインインサーバーはこのサインインを受け付けなくなりました (期限切れまたは取り消し): %1</translation>
    </message>
    <message>
        <source>the sign-in server refused (%1)%2</source>
        <translation>サインインサーバーが拒否しました (%1)%2</translation>
    </message>
    <message>
        <source>the sign-in server answered HTTP %1</source>
        <translation>サインインサーバーが HTTP %1 を返しました</translation>
    </message>
    <message>
        <source>the sign-in server could not be reached: %1</source>
        <translation>サインインサーバーに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>the sign-in server&apos;s answer could not be read</source>
        <translation>サインインサーバーの応答を読み取れませんでした</translation>
    </message>
    <message>
        <source>the sign-in server&apos;s answer has no access token</source>
        <translation>サインインサーバーの応答にアクセストークンがありません</translation>
    </message>
    <message>
        <source>the sign-in server issued a &quot;%1&quot; token; only Bearer tokens are supported</source>
        <translation>サインインサーバーが &quot;%1&quot; トークンを発行しました。対応しているのは Bearer トークンのみです</translation>
    </message>
</context>
<context>
    <name>d360::auth::TokenRefresher</name>
    <message>
        <source>The sign-in expired and cannot be renewed. Sign in again.</source>
        <translation>サインインの有効期限が切れ、更新できません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in could not be renewed (%1). Sign in again.</source>
        <translation>サインインを更新できませんでした (%1)。もう一度サインインしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in could not be renewed for now: %1 (tried %n times). It is tried again by itself; sign in again if this goes on.</source>
        <translation>
            <numerusform>現在サインインを更新できません: %1 (%n 回試行)。自動的に再試行します。この状態が続く場合は、もう一度サインインしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::cli::AccountsCommand</name>
    <message>
        <source> as %1</source>
        <translation> (%1 として)</translation>
    </message>
    <message>
        <source>The command line cannot keep a token for later without a keychain. For a single run, set D360_API_KEY instead.</source>
        <translation>コマンドラインでは、キーチェーンがないとトークンを後で使うために保管できません。1 回の実行だけなら、代わりに D360_API_KEY を設定してください。</translation>
    </message>
    <message>
        <source>Manage stored Document360 accounts. Tokens are kept in the system keychain and read from standard input, never from the command line.

Actions:
  add     --name NAME [--region eu|us|HOSTING | --base-url URL] [--sign-in --client-id ID]
  list    [--json]
  test    --name NAME
  rename  --name OLD --to NEW
  remove  --name NAME</source>
        <translation>保存済みの Document360 アカウントを管理します。トークンはシステムのキーチェーンに保管され、コマンドラインからではなく、常に標準入力から読み取ります。

アクション:
  add     --name NAME [--region eu|us|HOSTING | --base-url URL] [--sign-in --client-id ID]
  list    [--json]
  test    --name NAME
  rename  --name OLD --to NEW
  remove  --name NAME</translation>
    </message>
    <message>
        <source>add, list, test, rename or remove.</source>
        <translation>add、list、test、rename、remove のいずれか。</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>アカウントの名前。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The new name (rename).</source>
        <translation>新しい名前 (rename)。</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>Region: eu (default), us, or a private hosting name.</source>
        <translation>リージョン: eu (既定)、us、またはプライベートホスティング名。</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>A custom API base URL (https, or http on this computer).</source>
        <translation>カスタムの API ベース URL (https、またはこのコンピューター上なら http)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in through the browser (OAuth) instead of pasting a token.</source>
        <translation>トークンを貼り付ける代わりに、ブラウザーでサインインします (OAuth)。</translation>
    </message>
    <message>
        <source>The OAuth client ID Document360 registered for this program; required with --sign-in (or set D360_OAUTH_CLIENT_ID).</source>
        <translation>Document360 がこのプログラム用に登録した OAuth クライアント ID。--sign-in と併せて必須です (または D360_OAUTH_CLIENT_ID を設定)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OAuth authorization URL (default: the region&apos;s, or D360_OAUTH_AUTHORIZE_URL).</source>
        <translation>OAuth 認可 URL (既定: リージョンの URL、または D360_OAUTH_AUTHORIZE_URL)。</translation>
    </message>
    <message>
        <source>OAuth token URL (default: the region&apos;s, or D360_OAUTH_TOKEN_URL).</source>
        <translation>OAuth トークン URL (既定: リージョンの URL、または D360_OAUTH_TOKEN_URL)。</translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation>JSON で一覧表示します。</translation>
    </message>
    <message>
        <source>Name one action: add, list, test, rename or remove.</source>
        <translation>アクションを 1 つ指定してください: add、list、test、rename、remove。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list, test, rename or remove.</source>
        <translation>不明なアクション &quot;%1&quot; です: add、list、test、rename、remove のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>accounts: %1</source>
        <translation>accounts: %1</translation>
    </message>
    <message>
        <source>Give the account with --name NAME.</source>
        <translation>--name NAME でアカウントを指定してください。</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation>&quot;%1&quot; という名前のアカウントはありません (&quot;d360-exporter accounts list&quot; を参照)。</translation>
    </message>
    <message>
        <source>Give the new account a name with --name NAME.</source>
        <translation>--name NAME で新しいアカウントに名前を付けてください。</translation>
    </message>
    <message>
        <source>Give either --base-url or --region, not both.</source>
        <translation>--base-url と --region はどちらか一方のみ指定してください。</translation>
    </message>
    <message>
        <source>Cannot use this server address: %1.</source>
        <translation>このサーバーアドレスは使用できません: %1。</translation>
    </message>
    <message>
        <source>Signing in needs a client ID: give --client-id ID or set D360_OAUTH_CLIENT_ID. %1</source>
        <translation>サインインにはクライアント ID が必要です: --client-id ID を指定するか、D360_OAUTH_CLIENT_ID を設定してください。%1</translation>
    </message>
    <message>
        <source>Cannot sign in: %1.</source>
        <translation>サインインできません: %1。</translation>
    </message>
    <message>
        <source>API token for %1 (input hidden): </source>
        <translation>%1 の API トークン (入力は表示されません): </translation>
    </message>
    <message>
        <source>No token: %1.</source>
        <translation>トークンがありません: %1。</translation>
    </message>
    <message>
        <source>Checking the token with %1 ...</source>
        <translation>%1 でトークンを確認しています ...</translation>
    </message>
    <message numerus="yes">
        <source>Added account &quot;%1&quot; (%2). It sees %n project(s)</source>
        <translation>
            <numerusform>アカウント &quot;%1&quot; (%2) を追加しました。%n 件のプロジェクトにアクセスできます</numerusform>
        </translation>
    </message>
    <message>
        <source>Open this link in a browser on this computer to sign in, and pick the project:</source>
        <translation>サインインするには、このコンピューターのブラウザーでこのリンクを開き、プロジェクトを選択してください:</translation>
    </message>
    <message>
        <source>Waiting for the browser ...</source>
        <translation>ブラウザーを待っています ...</translation>
    </message>
    <message numerus="yes">
        <source>Signed in%1; added account &quot;%2&quot; (%3). It sees %n project(s)</source>
        <translation>
            <numerusform>サインインしました%1。アカウント &quot;%2&quot; (%3) を追加しました。%n 件のプロジェクトにアクセスできます</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the sign-in is for project %1, which Document360 does not list for it. Sign in again and pick another project, or ask the project&apos;s owner for access.</source>
        <translation>注意: このサインインはプロジェクト %1 用ですが、Document360 はこのサインインに対してそのプロジェクトを一覧に表示していません。もう一度サインインして別のプロジェクトを選択するか、プロジェクトのオーナーにアクセス権を依頼してください。</translation>
    </message>
    <message>
        <source>No accounts yet. Add one with &quot;d360-exporter accounts add --name NAME&quot;.</source>
        <translation>アカウントはまだありません。&quot;d360-exporter accounts add --name NAME&quot; で追加してください。</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <translation>対応が必要: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>Account &quot;%1&quot; works (%2). It sees %n project(s)</source>
        <translation>
            <numerusform>アカウント &quot;%1&quot; は正常です (%2)。%n 件のプロジェクトにアクセスできます</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new name with --to NEW.</source>
        <translation>--to NEW で新しい名前を指定してください。</translation>
    </message>
    <message>
        <source>Renamed &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; の名前を &quot;%2&quot; に変更しました。</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its token.</source>
        <translation>アカウント &quot;%1&quot; とそのトークンを削除しました。</translation>
    </message>
</context>
<context>
    <name>d360::cli::Command</name>
    <message>
        <source>Also print what happens on the way (retries, failures).</source>
        <translation>途中で起きたこと (再試行、失敗) も表示します。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Print this command&apos;s options.</source>
        <translation>このコマンドのオプションを表示します。</translation>
    </message>
</context>
<context>
    <name>d360::cli::CommandLine</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Usage: d360-exporter [--sandbox]          open the window
       d360-exporter COMMAND [OPTIONS]    run headless
       d360-exporter --version

Commands:
</source>
        <translation>使い方: d360-exporter [--sandbox]          ウィンドウを開く
        d360-exporter COMMAND [OPTIONS]    ウィンドウなしで実行
        d360-exporter --version

コマンド:
</translation>
    </message>
    <message>
        <source>
Run &quot;d360-exporter COMMAND --help&quot; for the options of a command.
</source>
        <translation>
コマンドのオプションは &quot;d360-exporter COMMAND --help&quot; で表示できます。
</translation>
    </message>
</context>
<context>
    <name>d360::cli::CompareCommand</name>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>  %1  &quot;%2&quot;</source>
        <translation>  %1  &quot;%2&quot;</translation>
    </message>
    <message>
        <source>+%1 -%2 words</source>
        <translation>+%1 -%2 語</translation>
    </message>
    <message>
        <source>Compare two Markdown or HTML exports (each a ZIP or its extracted folder), or the exports of two runs from history (their ids as history prints them): articles added, removed, moved or renamed and edited, and images and attachments added, removed and changed. Exit status 0 when they are the same, 1 when they differ, 2 when they cannot be compared.</source>
        <translation>2 つの Markdown または HTML のエクスポート (それぞれ ZIP か展開済みフォルダー)、または履歴にある 2 つの実行のエクスポート (history が表示する ID で指定) を比較します: 追加・削除・移動・名前変更・編集された記事と、追加・削除・変更された画像と添付ファイルを示します。終了ステータスは、同一なら 0、異なれば 1、比較できなければ 2 です。</translation>
    </message>
    <message>
        <source>The earlier export or run.</source>
        <translation>以前のエクスポートまたは実行。</translation>
    </message>
    <message>
        <source>The later export or run.</source>
        <translation>後のエクスポートまたは実行。</translation>
    </message>
    <message>
        <source>Print the comparison as one JSON object.</source>
        <translation>比較結果を 1 つの JSON オブジェクトとして出力します。</translation>
    </message>
    <message>
        <source>Also print the unified diff of each edited article.</source>
        <translation>編集された各記事の unified diff も出力します。</translation>
    </message>
    <message>
        <source>Also write the comparison as one self-contained HTML page, each edited article side by side, to mail to a reviewer.</source>
        <translation>比較結果を、編集された各記事を左右に並べた単体で完結する 1 つの HTML ページとしても書き出し、レビュー担当者にメールで送れるようにします。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>With two runs: only their exports of the version ID (its id or name).</source>
        <translation>2 つの実行の場合: バージョン ID (ID または名前) のエクスポートのみ。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With two runs: only their exports in the language CODE.</source>
        <translation>2 つの実行の場合: 言語 CODE のエクスポートのみ。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>With two runs: only their exports in FORMAT (markdown or html).</source>
        <translation>2 つの実行の場合: FORMAT (markdown または html) のエクスポートのみ。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Name two exports or two runs to compare: compare OLD NEW.</source>
        <translation>比較する 2 つのエクスポートまたは 2 つの実行を指定してください: compare OLD NEW。</translation>
    </message>
    <message>
        <source>Compare two exports or two runs, not one of each: %1 is neither an export on disk nor a run.</source>
        <translation>2 つのエクスポートか 2 つの実行を比較してください。両者の組み合わせはできません: %1 はディスク上のエクスポートでも実行でもありません。</translation>
    </message>
    <message>
        <source>--%1 picks among the exports of two runs; two exports on disk need none.</source>
        <translation>--%1 は 2 つの実行のエクスポートから選ぶためのものです。ディスク上の 2 つのエクスポートには不要です。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The HTML report is %1.</source>
        <translation>HTML レポートは %1 です。</translation>
    </message>
    <message>
        <source>No run in history has the id %1 (d360-exporter history lists them).</source>
        <translation>履歴に ID %1 の実行はありません (d360-exporter history で一覧表示できます)。</translation>
    </message>
    <message numerus="yes">
        <source>The id %1 is ambiguous: %n runs start with it. Give more of it.</source>
        <translation>
            <numerusform>ID %1 はあいまいです: %n 件の実行がこの ID で始まります。もっと長く指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>History cannot be read: %1</source>
        <translation>履歴を読み取れません: %1</translation>
    </message>
    <message>
        <source>Of the exports the runs %1 and %2 have in common on disk, none is left by --version, --language and --format.</source>
        <translation>実行 %1 と %2 がディスク上に共通して持つエクスポートのうち、--version、--language、--format で絞り込んだ後に残るものはありません。</translation>
    </message>
    <message>
        <source>The runs %1 and %2 have no Markdown or HTML export of the same version, language and format on disk.</source>
        <translation>実行 %1 と %2 には、同じバージョン・言語・形式の Markdown または HTML のエクスポートがディスク上にありません。</translation>
    </message>
    <message numerus="yes">
        <source>--html writes one page, and these runs have %n exports in common: pick one with --version, --language or --format.</source>
        <translation>
            <numerusform>--html は 1 ページのみ書き出しますが、これらの実行には共通のエクスポートが %n 件あります: --version、--language、--format で 1 つを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>%1 と %2 は同一です: %n 件の記事が一致しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Some articles carry no id: they were matched by path and title.</source>
        <translation>ID のない記事があります: これらはパスとタイトルで照合しました。</translation>
    </message>
    <message>
        <source>Added (%1):</source>
        <translation>追加 (%1):</translation>
    </message>
    <message>
        <source>Removed (%1):</source>
        <translation>削除 (%1):</translation>
    </message>
    <message>
        <source>Moved or renamed (%1):</source>
        <translation>移動または名前変更 (%1):</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2  &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>  %1 -&gt; %2  &quot;%3&quot; -&gt; &quot;%4&quot;</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2</source>
        <translation>  %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Edited (%1):</source>
        <translation>編集 (%1):</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Images and attachments (%1):</source>
        <translation>画像と添付ファイル (%1):</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation>  %1  %2</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n article(s).</source>
        <translation>
            <numerusform>変更なし: %n 件の記事。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no diff: %2</source>
        <translation>%1: 差分なし: %2</translation>
    </message>
    <message>
        <source>compare: %1</source>
        <translation>compare: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::ConnectionOptions</name>
    <message>
        <source>API base URL (default: $D360_BASE_URL, else the EU region).</source>
        <translation>API のベース URL (既定: $D360_BASE_URL、なければ EU リージョン)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Region: eu, us, or a private hosting name.</source>
        <translation>リージョン: eu、us、またはプライベートホスティング名。</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>Use the stored account NAME.</source>
        <translation>保存済みのアカウント NAME を使用します。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Give either --base-url or --region, not both.</source>
        <translation>--base-url と --region はどちらか一方のみ指定してください。</translation>
    </message>
    <message>
        <source>--account already names the server; leave out --base-url and --region.</source>
        <translation>--account で既にサーバーが決まっています。--base-url と --region は省略してください。</translation>
    </message>
    <message>
        <source>Cannot use this server address: %1.</source>
        <translation>このサーバーアドレスは使用できません: %1。</translation>
    </message>
    <message>
        <source>No credential: set D360_API_KEY, or use --account NAME with a stored account (see &quot;d360-exporter accounts --help&quot;).</source>
        <translation>認証情報がありません: D360_API_KEY を設定するか、保存済みのアカウントを --account NAME で指定してください (&quot;d360-exporter accounts --help&quot; を参照)。</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation>&quot;%1&quot; という名前のアカウントはありません (&quot;d360-exporter accounts list&quot; を参照)。</translation>
    </message>
    <message>
        <source>%1 Without the keychain, set D360_API_KEY for this run instead.</source>
        <translation>%1 キーチェーンを使わない場合は、この実行用に D360_API_KEY を設定してください。</translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportCommand</name>
    <message>
        <source>Export Document360 projects as PDF, HTML or Markdown files.

One export runs for every combination of the versions, languages and formats given. The token comes from D360_API_KEY or a stored account (--account), never from the command line; D360_BASE_URL and D360_PROJECT_ID fill in --base-url and --project.

With --preset NAME the saved preset&apos;s values are used (see &quot;d360-exporter presets&quot;); a flag given beside it replaces that value.

Running the same command again after a crash or Ctrl-C resumes the unfinished batch.

Example:
  d360-exporter export --project ID --version default --lang all --format pdf --out docs</source>
        <translation>Document360 のプロジェクトを PDF、HTML、Markdown のファイルとしてエクスポートします。

指定したバージョン・言語・形式のすべての組み合わせについて、それぞれエクスポートを 1 つ実行します。トークンは D360_API_KEY または保存済みのアカウント (--account) から取得し、コマンドラインからは受け取りません。D360_BASE_URL と D360_PROJECT_ID は --base-url と --project の値になります。

--preset NAME を指定すると、保存済みプリセットの値を使用します (&quot;d360-exporter presets&quot; を参照)。併せて指定したフラグはその値を置き換えます。

クラッシュや Ctrl-C の後に同じコマンドをもう一度実行すると、未完了のバッチを再開します。

例:
  d360-exporter export --project ID --version default --lang all --format pdf --out docs</translation>
    </message>
    <message>
        <source>Run the saved preset NAME.</source>
        <translation>保存済みのプリセット NAME を実行します。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The run was started by a schedule: it is recorded so in history, and a failure raises a desktop notification.</source>
        <translation>スケジュールによって開始された実行です: 履歴にそのように記録され、失敗するとデスクトップ通知が表示されます。</translation>
    </message>
    <message>
        <source>Print one JSON object per finished export on stdout.</source>
        <translation>エクスポートが 1 つ終了するごとに、1 つの JSON オブジェクトを stdout に出力します。</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message>
        <source>Give the project with --project ID, or set D360_PROJECT_ID (see &quot;d360-exporter projects&quot;).</source>
        <translation>--project ID でプロジェクトを指定するか、D360_PROJECT_ID を設定してください (&quot;d360-exporter projects&quot; を参照)。</translation>
    </message>
    <message>
        <source>Give at least one --version ID, or --version default (see &quot;d360-exporter versions&quot;).</source>
        <translation>--version ID または --version default を 1 つ以上指定してください (&quot;d360-exporter versions&quot; を参照)。</translation>
    </message>
    <message>
        <source>--lang all already includes every language; leave out the codes, or &quot;all&quot;.</source>
        <translation>--lang all には既にすべての言語が含まれています。言語コードか &quot;all&quot; のどちらかを省略してください。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation>不明な形式 &quot;%1&quot; です: pdf、html、markdown のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Give the folder to write into with --out DIR.</source>
        <translation>--out DIR で書き込み先のフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Cannot use this --name-template: %1.</source>
        <translation>この --name-template は使用できません: %1。</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64.</source>
        <translation>--parallel には 1 ～ 64 の数値を指定してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>フォルダー %1 を作成できません: %2。</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: %2.</source>
        <translation>フォルダー %1 に書き込めません: %2。</translation>
    </message>
    <message>
        <source>Cannot make the backup&apos;s run folder: %1</source>
        <translation>バックアップの実行フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>Resuming the unfinished batch of this command: %1 of %2 exports were done, %3 to try again.</source>
        <translation>このコマンドの未完了のバッチを再開します: %2 件中 %1 件のエクスポートが完了済みで、%3 件を再試行します。</translation>
    </message>
    <message>
        <source>Cannot plan the export: %1</source>
        <translation>エクスポートを計画できません: %1</translation>
    </message>
    <message>
        <source>The manifest is %1.</source>
        <translation>マニフェストは %1 です。</translation>
    </message>
    <message numerus="yes">
        <source>Removed the old backup run %1 (the preset keeps %n).</source>
        <translation>
            <numerusform>古いバックアップ実行 %1 を削除しました (このプリセットは %n 件を保持します)。</numerusform>
        </translation>
    </message>
    <message>
        <source>No Markdown export was completed, so the Git mirror %1 is left as it was.</source>
        <translation>完了した Markdown のエクスポートがないため、Git ミラー %1 はそのままです。</translation>
    </message>
    <message>
        <source>export: the Git mirror was not updated: %1</source>
        <translation>export: Git ミラーを更新しませんでした: %1</translation>
    </message>
    <message>
        <source>Committed %1 to the Git mirror %2: %3</source>
        <translation>%1 を Git ミラー %2 にコミットしました: %3</translation>
    </message>
    <message>
        <source>The Git mirror %1 is up to date: the exports are what its last commit holds.</source>
        <translation>Git ミラー %1 は最新です: エクスポートの内容は最後のコミットと同じです。</translation>
    </message>
    <message>
        <source>export: could not clear the finished batch from %1: %2</source>
        <translation>export: %1 から終了済みのバッチを消去できませんでした: %2</translation>
    </message>
    <message>
        <source>The scheduled export</source>
        <translation>スケジュールされたエクスポート</translation>
    </message>
    <message>
        <source>the backup&apos;s manifest could not be written</source>
        <translation>バックアップのマニフェストを書き込めませんでした</translation>
    </message>
    <message>
        <source>the Git mirror was not updated</source>
        <translation>Git ミラーを更新しませんでした</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>終了コード %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 が失敗しました</translation>
    </message>
    <message>
        <source>The scheduled export of %1 failed: %2. See &quot;d360-exporter history&quot;.</source>
        <translation>%1 のスケジュールされたエクスポートが失敗しました: %2。&quot;d360-exporter history&quot; を参照してください。</translation>
    </message>
    <message>
        <source>export: interrupted; cancelling the running exports...</source>
        <translation>export: 中断しました。実行中のエクスポートをキャンセルしています...</translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportReporter</name>
    <message>
        <source>done       %1 (%2, sha256 %3)</source>
        <translation>完了       %1 (%2、sha256 %3)</translation>
    </message>
    <message>
        <source>
           extracted into %1</source>
        <translation>
           展開先: %1</translation>
    </message>
    <message>
        <source>
           not extracted: %1</source>
        <translation>
           展開しませんでした: %1</translation>
    </message>
    <message>
        <source>failed     %1: %2</source>
        <translation>失敗       %1: %2</translation>
    </message>
    <message>
        <source> Trace id: %1</source>
        <translation> トレース ID: %1</translation>
    </message>
    <message>
        <source>cancelled  %1</source>
        <translation>キャンセル %1</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 running, %4 failed; downloading %5</source>
        <translation>%1/%2 完了、%3 実行中、%4 失敗。%5 をダウンロード中</translation>
    </message>
    <message>
        <source>%1 of %2 exports done</source>
        <translation>%2 件中 %1 件のエクスポートが完了</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>、%1 件失敗</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>、%1 件キャンセル</translation>
    </message>
    <message>
        <source> Interrupted: no half-written file was left under a final name.</source>
        <translation> 中断しました: 書きかけのファイルが最終的な名前で残ることはありません。</translation>
    </message>
    <message>
        <source> Run the same command again to finish the batch; completed files are kept.</source>
        <translation> 同じコマンドをもう一度実行するとバッチを完了できます。完了したファイルは保持されます。</translation>
    </message>
</context>
<context>
    <name>d360::cli::ExportRequestOptions</name>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation>プロジェクトの ID (既定: $D360_PROJECT_ID)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A version&apos;s id, or &quot;default&quot;; repeat for several.</source>
        <translation>バージョンの ID、または &quot;default&quot;。複数指定する場合は繰り返します。</translation>
    </message>
    <message>
        <source>A language code, or &quot;all&quot;; repeat for several (default: each version&apos;s default language).</source>
        <translation>言語コード、または &quot;all&quot;。複数指定する場合は繰り返します (既定: 各バージョンの既定の言語)。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>pdf, html or markdown; repeat for several (default: pdf).</source>
        <translation>pdf、html、markdown のいずれか。複数指定する場合は繰り返します (既定: pdf)。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The folder to write the files into (created if missing).</source>
        <translation>ファイルの書き込み先フォルダー (なければ作成します)。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Also extract HTML and Markdown archives into a folder beside each.</source>
        <translation>HTML と Markdown のアーカイブを、それぞれの横のフォルダーにも展開します。</translation>
    </message>
    <message>
        <source>Replace existing files instead of choosing a numbered name.</source>
        <translation>番号付きの名前を選ぶ代わりに、既存のファイルを置き換えます。</translation>
    </message>
    <message>
        <source>Exports to run at once (default: 4, or the settings).</source>
        <translation>同時に実行するエクスポート数 (既定: 4、または設定の値)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>File names, from {project} {project_id} {version} {version_id} {lang} {language} {format} {date} {ext} (default: %1).</source>
        <translation>ファイル名。{project} {project_id} {version} {version_id} {lang} {language} {format} {date} {ext} を使って指定します (既定: %1)。</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation>不明な形式 &quot;%1&quot; です: pdf、html、markdown のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 64.</source>
        <translation>--parallel には 1 ～ 64 の数値を指定してください。</translation>
    </message>
</context>
<context>
    <name>d360::cli::HistoryCommand</name>
    <message>
        <source>The runs of exports (from the window, the command line and schedules), newest first, with their files and failures.</source>
        <translation>エクスポートの実行 (ウィンドウ、コマンドライン、スケジュールによるもの) を、新しい順にファイルと失敗とともに表示します。</translation>
    </message>
    <message>
        <source>Only the runs of the preset NAME.</source>
        <translation>プリセット NAME の実行のみ。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>At most N runs (default: 20; 0 for all).</source>
        <translation>最大 N 件の実行 (既定: 20。0 ですべて)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the runs, with every file and failure, as JSON.</source>
        <translation>実行を、すべてのファイルと失敗とともに JSON で出力します。</translation>
    </message>
    <message>
        <source>--limit takes a number of runs (0 for all).</source>
        <translation>--limit には実行の件数を指定してください (0 ですべて)。</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>実行はまだありません。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has not run yet.</source>
        <translation>プリセット &quot;%1&quot; はまだ実行されていません。</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>実行中または中断</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完了</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>実行元</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>TOOK</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>history: %1</source>
        <translation>history: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::LanguagesCommand</name>
    <message>
        <source>List the languages of a project&apos;s version.</source>
        <translation>プロジェクトのバージョンの言語を一覧表示します。</translation>
    </message>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation>プロジェクトの ID (既定: $D360_PROJECT_ID)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The version&apos;s id, or &quot;default&quot;.</source>
        <translation>バージョンの ID、または &quot;default&quot;。</translation>
    </message>
    <message>
        <source>Give the version with --version ID, or --version default.</source>
        <translation>--version ID または --version default でバージョンを指定してください。</translation>
    </message>
    <message>
        <source>the project marks no version as its default</source>
        <translation>このプロジェクトには既定のバージョンがありません</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>既定</translation>
    </message>
</context>
<context>
    <name>d360::cli::ListCommand</name>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>表の代わりに JSON 配列を出力します。</translation>
    </message>
    <message>
        <source>Give the project with --project ID, or set D360_PROJECT_ID.</source>
        <translation>--project ID でプロジェクトを指定するか、D360_PROJECT_ID を設定してください。</translation>
    </message>
</context>
<context>
    <name>d360::cli::MirrorCommand</name>
    <message>
        <source>Keep a Git repository in step with a preset&apos;s Markdown exports: after each &quot;d360-exporter export --preset NAME&quot;, the exports are extracted into the repository, one folder per version and language, and one commit says what changed. The mirror never pushes and commits only to its branch.

  mirror --preset NAME --repo DIR [--branch BRANCH]   set it up
  mirror --preset NAME                                show it
  mirror --preset NAME --off                          stop mirroring</source>
        <translation>Git リポジトリをプリセットの Markdown エクスポートと同期させます: &quot;d360-exporter export --preset NAME&quot; を実行するたびに、エクスポートをリポジトリ内のバージョンと言語ごとのフォルダーに展開し、変更内容を 1 つのコミットにまとめます。ミラーはプッシュせず、自身のブランチにのみコミットします。

  mirror --preset NAME --repo DIR [--branch BRANCH]   設定する
  mirror --preset NAME                                表示する
  mirror --preset NAME --off                          ミラーを停止する</translation>
    </message>
    <message>
        <source>The preset to mirror.</source>
        <translation>ミラーするプリセット。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The repository&apos;s folder: a Git repository with a working tree, or a missing or empty folder to make one in.</source>
        <translation>リポジトリのフォルダー: 作業ツリーのある Git リポジトリ、またはリポジトリを作成する存在しないフォルダーか空のフォルダー。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The branch to commit to (default: the repository&apos;s current branch, or &quot;main&quot; for a new one).</source>
        <translation>コミット先のブランチ (既定: リポジトリの現在のブランチ、新しいリポジトリでは &quot;main&quot;)。</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>BRANCH</translation>
    </message>
    <message>
        <source>Stop mirroring; the repository is left as it is.</source>
        <translation>ミラーを停止します。リポジトリはそのまま残ります。</translation>
    </message>
    <message>
        <source>Name the preset: --preset NAME.</source>
        <translation>プリセットを指定してください: --preset NAME。</translation>
    </message>
    <message>
        <source>--off takes no --repo or --branch.</source>
        <translation>--off には --repo や --branch を指定できません。</translation>
    </message>
    <message>
        <source>--branch goes with --repo DIR.</source>
        <translation>--branch は --repo DIR と併せて指定します。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; mirrors its Markdown exports into %2, on the branch &quot;%3&quot;.</source>
        <translation>プリセット &quot;%1&quot; は Markdown のエクスポートを %2 のブランチ &quot;%3&quot; にミラーしています。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no Git mirror. Set one up with: d360-exporter mirror --preset &quot;%1&quot; --repo DIR</source>
        <translation>プリセット &quot;%1&quot; には Git ミラーがありません。次のコマンドで設定してください: d360-exporter mirror --preset &quot;%1&quot; --repo DIR</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; had no Git mirror.</source>
        <translation>プリセット &quot;%1&quot; には Git ミラーがありませんでした。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; no longer mirrors into %2; the repository is left as it is.</source>
        <translation>プリセット &quot;%1&quot; は %2 へのミラーを停止しました。リポジトリはそのまま残ります。</translation>
    </message>
    <message>
        <source>%1 Add the format with &quot;d360-exporter presets save&quot; and --replace.</source>
        <translation>%1 &quot;d360-exporter presets save&quot; と --replace で形式を追加してください。</translation>
    </message>
    <message>
        <source>Made a new Git repository in %1, on the branch &quot;%2&quot;.</source>
        <translation>%1 に新しい Git リポジトリをブランチ &quot;%2&quot; で作成しました。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; now mirrors its Markdown exports into %2, on the branch &quot;%3&quot;. Each run of d360-exporter export --preset &quot;%1&quot; commits what changed.</source>
        <translation>プリセット &quot;%1&quot; は Markdown のエクスポートを %2 のブランチ &quot;%3&quot; にミラーするようになりました。d360-exporter export --preset &quot;%1&quot; を実行するたびに、変更内容をコミットします。</translation>
    </message>
    <message>
        <source>mirror: %1</source>
        <translation>mirror: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::PresetsCommand</name>
    <message>
        <source>Saved exports (presets): save the flags of an export under a name, then run them with &quot;d360-exporter export --preset NAME&quot;, in the window, or on a schedule.

Actions:
  save NAME [the flags of export] [--keep N]
  list [--json]
  show NAME [--json]
  remove NAME
  rename OLD NEW
  export NAME --file FILE
  import FILE [--name NAME] [--account ACCOUNT] [--replace]

A preset saved without --account takes its credential from D360_API_KEY and D360_BASE_URL each time it runs. --keep N makes it a backup: every run goes into a dated folder of its own, and the last N are kept.</source>
        <translation>保存済みのエクスポート (プリセット): エクスポートのフラグに名前を付けて保存し、&quot;d360-exporter export --preset NAME&quot;、ウィンドウ、またはスケジュールで実行します。

アクション:
  save NAME [the flags of export] [--keep N]
  list [--json]
  show NAME [--json]
  remove NAME
  rename OLD NEW
  export NAME --file FILE
  import FILE [--name NAME] [--account ACCOUNT] [--replace]

--account を付けずに保存したプリセットは、実行のたびに D360_API_KEY と D360_BASE_URL から認証情報を取得します。--keep N を付けるとバックアップになります: 実行ごとに日付付きの専用フォルダーに書き出し、最新の N 件を保持します。</translation>
    </message>
    <message>
        <source>save, list, show, remove, rename, export or import.</source>
        <translation>save、list、show、remove、rename、export、import のいずれか。</translation>
    </message>
    <message>
        <source>A backup: keep the last N runs, each in a dated folder (save).</source>
        <translation>バックアップ: 最新の N 件の実行を、それぞれ日付付きのフォルダーに保持します (save)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The file to write the preset into (export).</source>
        <translation>プリセットの書き込み先ファイル (export)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Save the imported preset under this name (import).</source>
        <translation>インポートしたプリセットをこの名前で保存します (import)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace a preset of the same name (save, import).</source>
        <translation>同じ名前のプリセットを置き換えます (save、import)。</translation>
    </message>
    <message>
        <source>Print JSON (list, show).</source>
        <translation>JSON で出力します (list、show)。</translation>
    </message>
    <message>
        <source>Name one action: save, list, show, remove, rename, export or import.</source>
        <translation>アクションを 1 つ指定してください: save、list、show、remove、rename、export、import。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use save, list, show, remove, rename, export or import.</source>
        <translation>不明なアクション &quot;%1&quot; です: save、list、show、remove、rename、export、import のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>&quot;presets %1&quot; takes no name.</source>
        <translation>&quot;presets %1&quot; には名前を指定できません。</translation>
    </message>
    <message>
        <source>&quot;presets %1&quot; takes one name (quote a name with spaces).</source>
        <translation>&quot;presets %1&quot; には名前を 1 つ指定します (スペースを含む名前は引用符で囲んでください)。</translation>
    </message>
    <message>
        <source>&quot;presets rename&quot; takes the old name and the new one.</source>
        <translation>&quot;presets rename&quot; には古い名前と新しい名前を指定します。</translation>
    </message>
    <message>
        <source>--keep takes a number of runs from 1 to 10000.</source>
        <translation>--keep には 1 ～ 10000 の実行数を指定してください。</translation>
    </message>
    <message>
        <source>There is no stored account &quot;%1&quot; (see &quot;d360-exporter accounts list&quot;).</source>
        <translation>保存済みのアカウント &quot;%1&quot; はありません (&quot;d360-exporter accounts list&quot; を参照)。</translation>
    </message>
    <message>
        <source>Give --replace to replace it.</source>
        <translation>置き換えるには --replace を指定してください。</translation>
    </message>
    <message>
        <source>Saved the preset &quot;%1&quot;: %2</source>
        <translation>プリセット &quot;%1&quot; を保存しました: %2</translation>
    </message>
    <message>
        <source>Run it with: d360-exporter export --preset &quot;%1&quot;</source>
        <translation>実行するには: d360-exporter export --preset &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The preset no longer exports Markdown, so it no longer mirrors into %1; the repository is left as it is.</source>
        <translation>このプリセットは Markdown をエクスポートしなくなったため、%1 へのミラーを停止しました。リポジトリはそのまま残ります。</translation>
    </message>
    <message>
        <source>No presets yet. Save one with: d360-exporter presets save NAME --project ID --version default --out DIR</source>
        <translation>プリセットはまだありません。次のコマンドで保存してください: d360-exporter presets save NAME --project ID --version default --out DIR</translation>
    </message>
    <message>
        <source>(environment)</source>
        <translation>(環境変数)</translation>
    </message>
    <message>
        <source>keeps %1</source>
        <translation>%1 件保持</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>EXPORTS</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>(D360_API_KEY and D360_BASE_URL)</source>
        <translation>(D360_API_KEY と D360_BASE_URL)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>each version&apos;s default</source>
        <translation>各バージョンの既定</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>keeps the last %1 runs</source>
        <translation>最新の %1 件の実行を保持</translation>
    </message>
    <message>
        <source>Git mirror</source>
        <translation>Git ミラー</translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation>%1 (ブランチ %2)</translation>
    </message>
    <message>
        <source>Run with</source>
        <translation>実行方法</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Removed the preset &quot;%1&quot;.</source>
        <translation>プリセット &quot;%1&quot; を削除しました。</translation>
    </message>
    <message>
        <source>Renamed the preset &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>プリセット &quot;%1&quot; の名前を &quot;%2&quot; に変更しました。</translation>
    </message>
    <message>
        <source>The preset is renamed, but its schedule still runs &quot;%1&quot;: %2</source>
        <translation>プリセットの名前を変更しましたが、スケジュールはまだ &quot;%1&quot; を実行します: %2</translation>
    </message>
    <message>
        <source>Its schedule now runs &quot;%1&quot;.</source>
        <translation>スケジュールは &quot;%1&quot; を実行するようになりました。</translation>
    </message>
    <message>
        <source>To update the scheduler, run:</source>
        <translation>スケジューラーを更新するには、次を実行してください:</translation>
    </message>
    <message>
        <source>Give the file to write with --file FILE.</source>
        <translation>--file FILE で書き込み先のファイルを指定してください。</translation>
    </message>
    <message>
        <source>Wrote the preset &quot;%1&quot; to %2 (no credential is in it).</source>
        <translation>プリセット &quot;%1&quot; を %2 に書き出しました (認証情報は含まれていません)。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, which is not stored here. Add it (d360-exporter accounts add --name &quot;%2&quot;), or pick one with --account NAME.</source>
        <translation>プリセット &quot;%1&quot; はアカウント &quot;%2&quot; で実行されますが、このアカウントはここに保存されていません。アカウントを追加するか (d360-exporter accounts add --name &quot;%2&quot;)、--account NAME で選択してください。</translation>
    </message>
    <message>
        <source>Give --name NEW to import it beside, or --replace.</source>
        <translation>別の名前で並べてインポートするには --name NEW を、置き換えるには --replace を指定してください。</translation>
    </message>
    <message>
        <source>Imported the preset &quot;%1&quot;: %2</source>
        <translation>プリセット &quot;%1&quot; をインポートしました: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the reason, then what to do about it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot; (see &quot;d360-exporter presets list&quot;).</source>
        <translation>プリセット &quot;%1&quot; はありません (&quot;d360-exporter presets list&quot; を参照)。</translation>
    </message>
    <message>
        <source>presets: %1</source>
        <translation>presets: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::ProjectsCommand</name>
    <message>
        <source>List the Document360 projects the token can see.</source>
        <translation>トークンでアクセスできる Document360 のプロジェクトを一覧表示します。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>無効</translation>
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
        <source>STATUS</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>SUBDOMAIN</source>
        <translation>サブドメイン</translation>
    </message>
</context>
<context>
    <name>d360::cli::ScheduleCommand</name>
    <message>
        <source>Back up a preset on a schedule that the operating system keeps (a systemd user timer on Linux), so it also runs when the window is closed. A schedule runs &quot;d360-exporter export --preset NAME --scheduled&quot;.

Actions:
  add     --preset NAME (--daily HH:MM | --weekly DAY HH:MM | --every N(h|d))
  list    [--json]
  remove  NAME</source>
        <translation>オペレーティングシステムが管理するスケジュール (Linux では systemd のユーザータイマー) でプリセットをバックアップするため、ウィンドウを閉じているときも実行されます。スケジュールは &quot;d360-exporter export --preset NAME --scheduled&quot; を実行します。

アクション:
  add     --preset NAME (--daily HH:MM | --weekly DAY HH:MM | --every N(h|d))
  list    [--json]
  remove  NAME</translation>
    </message>
    <message>
        <source>add, list or remove.</source>
        <translation>add、list、remove のいずれか。</translation>
    </message>
    <message>
        <source>The preset to back up (add).</source>
        <translation>バックアップするプリセット (add)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Every day at this time (24-hour, local time).</source>
        <translation>毎日この時刻に (24 時間制、ローカル時刻)。</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Every week on this day (mon..sun, or the full name) at the time that follows: --weekly mon 02:30.</source>
        <translation>毎週この曜日 (mon..sun、または正式名) の、続けて指定する時刻に: --weekly mon 02:30。</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAY</translation>
    </message>
    <message>
        <source>Every N hours (6h) or days (2d).</source>
        <translation>N 時間ごと (6h) または N 日ごと (2d)。</translation>
    </message>
    <message>
        <source>N(h|d)</source>
        <translation>N(h|d)</translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation>JSON で一覧表示します。</translation>
    </message>
    <message>
        <source>Name one action: add, list or remove.</source>
        <translation>アクションを 1 つ指定してください: add、list、remove。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add, list or remove.</source>
        <translation>不明なアクション &quot;%1&quot; です: add、list、remove のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>schedule: %1</source>
        <translation>schedule: %1</translation>
    </message>
    <message>
        <source>Say when with exactly one of --daily HH:MM, --weekly DAY HH:MM or --every N(h|d).</source>
        <translation>実行日時は --daily HH:MM、--weekly DAY HH:MM、--every N(h|d) のいずれか 1 つで指定してください。</translation>
    </message>
    <message>
        <source>Give the time after the day: --weekly DAY HH:MM, for example --weekly mon 02:30.</source>
        <translation>曜日の後に時刻を指定してください: --weekly DAY HH:MM (例: --weekly mon 02:30)。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Give the day and the time: --weekly DAY HH:MM.</source>
        <translation>曜日と時刻を指定してください: --weekly DAY HH:MM。</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前のプリセットはありません。</translation>
    </message>
    <message>
        <source>Scheduled the preset &quot;%1&quot; %2. Wrote:</source>
        <translation>プリセット &quot;%1&quot; を %2 実行するようスケジュールしました。書き込んだファイル:</translation>
    </message>
    <message>
        <source>The timer is enabled; &quot;systemctl --user list-timers&quot; shows when it runs next.</source>
        <translation>タイマーは有効です。次回の実行日時は &quot;systemctl --user list-timers&quot; で確認できます。</translation>
    </message>
    <message>
        <source>To start the schedule, run:</source>
        <translation>スケジュールを開始するには、次を実行してください:</translation>
    </message>
    <message>
        <source>No schedules in %1. Add one with &quot;d360-exporter schedule add --preset NAME --daily 02:30&quot;.</source>
        <translation>%1 にスケジュールはありません。&quot;d360-exporter schedule add --preset NAME --daily 02:30&quot; で追加してください。</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Name the preset whose schedule to remove: schedule remove NAME.</source>
        <translation>スケジュールを削除するプリセットを指定してください: schedule remove NAME。</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>If the schedule was running, also run:</source>
        <translation>スケジュールが動作していた場合は、次も実行してください:</translation>
    </message>
</context>
<context>
    <name>d360::cli::SecretInput</name>
    <message>
        <source>cannot turn off echo on this terminal, so the token is not read from it; pipe it in instead</source>
        <translation>このターミナルではエコーをオフにできないため、トークンをターミナルから読み取りません。代わりにパイプで渡してください</translation>
    </message>
    <message>
        <source>the token could not be read from standard input</source>
        <translation>標準入力からトークンを読み取れませんでした</translation>
    </message>
    <message>
        <source>no token on standard input (type or paste it, or pipe it in)</source>
        <translation>標準入力にトークンがありません (入力するか貼り付けるか、パイプで渡してください)</translation>
    </message>
    <message>
        <source>reading a token is not supported on this system yet</source>
        <translation>このシステムでは、トークンの読み取りにまだ対応していません</translation>
    </message>
</context>
<context>
    <name>d360::cli::VerifyCommand</name>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Check that a backup run folder holds exactly the files its manifest.json lists: reports missing, changed and extra files, and planned files that were never exported. Exit status 0 when whole, 1 when not, 4 when the folder has no manifest.</source>
        <translation>バックアップの実行フォルダーに、manifest.json に記載されたファイルが過不足なくあるかを確認します: 欠落・変更・余分なファイルと、予定されていたのにエクスポートされなかったファイルを報告します。終了ステータスは、完全なら 0、そうでなければ 1、フォルダーにマニフェストがなければ 4 です。</translation>
    </message>
    <message>
        <source>The run folder (the one that holds manifest.json).</source>
        <translation>実行フォルダー (manifest.json があるフォルダー)。</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>レポートを 1 つの JSON オブジェクトとして出力します。</translation>
    </message>
    <message>
        <source>Name the run folder to verify.</source>
        <translation>検証する実行フォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Name one run folder to verify, not %1.</source>
        <translation>検証する実行フォルダーは 1 つだけ指定してください (%1 ではなく)。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is whole: %n files checked against its manifest.</source>
        <translation>
            <numerusform>%1 は完全です: %n 個のファイルをマニフェストと照合しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not whole: %n problems.</source>
        <translation>
            <numerusform>%1 は完全ではありません: 問題が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing (%1):</source>
        <translation>欠落 (%1):</translation>
    </message>
    <message>
        <source>Changed (%1):</source>
        <translation>変更 (%1):</translation>
    </message>
    <message>
        <source>Extra (%1):</source>
        <translation>余分 (%1):</translation>
    </message>
    <message>
        <source>Never exported, as the manifest&apos;s verdict says (%1):</source>
        <translation>マニフェストの判定どおり、エクスポートされなかったもの (%1):</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>verify: %1</source>
        <translation>verify: %1</translation>
    </message>
</context>
<context>
    <name>d360::cli::VersionsCommand</name>
    <message>
        <source>List the versions (workspaces) of a project.</source>
        <translation>プロジェクトのバージョン (ワークスペース) を一覧表示します。</translation>
    </message>
    <message>
        <source>The project&apos;s id (default: $D360_PROJECT_ID).</source>
        <translation>プロジェクトの ID (既定: $D360_PROJECT_ID)。</translation>
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
        <source>SLUG</source>
        <translation>スラッグ</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>種類</translation>
    </message>
</context>
<context>
    <name>d360::compare::ComparisonHtml</name>
    <message>
        <source>“%1” → “%2”</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <source>(+%1 −%2 words)</source>
        <translation>(+%1 −%2 語)</translation>
    </message>
    <message>
        <source>No diff: %1</source>
        <translation>差分なし: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更内容</translation>
    </message>
    <message numerus="yes">
        <source>The two exports are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>2 つのエクスポートは同一です: %n 件の記事が一致しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>追加 (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>削除 (%1)</translation>
    </message>
    <message>
        <source>Moved or renamed (%1)</source>
        <translation>移動または名前変更 (%1)</translation>
    </message>
    <message>
        <source>Images and attachments (%1)</source>
        <translation>画像と添付ファイル (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n article(s).</source>
        <translation>
            <numerusform>変更なし: %n 件の記事。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited (%1)</source>
        <translation>編集 (%1)</translation>
    </message>
</context>
<context>
    <name>d360::compare::ExportSnapshot</name>
    <message>
        <source>%1 holds more than %2 files, more than an export has.</source>
        <translation>%1 には %2 個を超えるファイルがあり、エクスポートとしては多すぎます。</translation>
    </message>
    <message>
        <source>%1 is too large to compare (at %2).</source>
        <translation>%1 は大きすぎて比較できません (%2 の時点)。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read to its end.</source>
        <translation>%1 は破損しています: %2 を最後まで読み取れません。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 is cut short.</source>
        <translation>%1 は破損しています: %2 が途中で切れています。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a ZIP archive.</source>
        <translation>%1 はフォルダーでも ZIP アーカイブでもありません。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is damaged: an entry cannot be read.</source>
        <translation>%1 は破損しています: エントリを読み取れません。</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation>エントリ &quot;%1&quot; はシンボリックリンクです</translation>
    </message>
    <message>
        <source>%1 is not an export that can be compared: %2.</source>
        <translation>%1 は比較できるエクスポートではありません: %2。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read.</source>
        <translation>%1 は破損しています: %2 を読み取れません。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 does not unpack.</source>
        <translation>%1 は破損しています: %2 を展開できません。</translation>
    </message>
    <message>
        <source>%1 is damaged (ZIP error %2).</source>
        <translation>%1 は破損しています (ZIP エラー %2)。</translation>
    </message>
    <message>
        <source>%1 holds no Markdown or HTML article: compare Markdown or HTML exports (a PDF cannot be compared article by article).</source>
        <translation>%1 には Markdown や HTML の記事がありません: Markdown または HTML のエクスポートを比較してください (PDF は記事ごとに比較できません)。</translation>
    </message>
</context>
<context>
    <name>d360::compare::RunComparisonSources</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>This run has not finished.</source>
        <translation>この実行はまだ終了していません。</translation>
    </message>
    <message>
        <source>This run has no Markdown or HTML export on disk to compare.</source>
        <translation>この実行には、比較できる Markdown または HTML のエクスポートがディスク上にありません。</translation>
    </message>
    <message>
        <source>No earlier run exported the same selection of this project.</source>
        <translation>このプロジェクトで同じ選択をエクスポートした以前の実行はありません。</translation>
    </message>
    <message>
        <source>No earlier run of the preset &quot;%1&quot; has finished.</source>
        <translation>プリセット &quot;%1&quot; の以前の実行で終了したものはありません。</translation>
    </message>
    <message>
        <source>The previous run has no Markdown or HTML export on disk of the same version, language and format.</source>
        <translation>前回の実行には、同じバージョン・言語・形式の Markdown または HTML のエクスポートがディスク上にありません。</translation>
    </message>
</context>
<context>
    <name>d360::compare::TextDiff</name>
    <message>
        <source>The two texts could not be compared: %1</source>
        <translation>2 つのテキストを比較できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::AboutDialog</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (%2 でビルド)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Export Document360 knowledge bases as PDF, HTML or Markdown.</source>
        <translation>Document360 のナレッジベースを PDF、HTML、Markdown としてエクスポートします。</translation>
    </message>
    <message>
        <source>%1 (free software)</source>
        <translation>%1 (フリーソフトウェア)</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>ライセンス:</translation>
    </message>
    <message>
        <source>Project page:</source>
        <translation>プロジェクトページ:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>システム:</translation>
    </message>
    <message>
        <source>State database:</source>
        <translation>状態データベース:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>設定:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>データフォルダー:</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <source>only in the system keychain, service %1</source>
        <translation>システムのキーチェーンのみ (サービス %1)</translation>
    </message>
    <message>
        <source>This window runs on the demo sandbox: its account and queue are temporary and go when it closes.</source>
        <translation>このウィンドウはデモ用サンドボックスで動作しています: アカウントとキューは一時的なもので、ウィンドウを閉じると消えます。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>詳細をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the version and folders, to paste into a support request</source>
        <translation>バージョンとフォルダーをコピーして、サポートへの問い合わせに貼り付けられるようにします</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountEditDialog</name>
    <message>
        <source>Replace the API token</source>
        <translation>API トークンを置き換え</translation>
    </message>
    <message>
        <source>This account needs a new token: %1
Paste a new token from the Document360 portal; it is checked before it replaces the old one.</source>
        <translation>このアカウントには新しいトークンが必要です: %1
Document360 ポータルで取得した新しいトークンを貼り付けてください。古いトークンを置き換える前に確認されます。</translation>
    </message>
    <message>
        <source>Paste the new token from the Document360 portal; it is checked before it replaces the old one.</source>
        <translation>Document360 ポータルで取得した新しいトークンを貼り付けてください。古いトークンを置き換える前に確認されます。</translation>
    </message>
    <message>
        <source>Check the token with the server, then save it</source>
        <translation>トークンをサーバーで確認してから保存します</translation>
    </message>
    <message>
        <source>Give the account a name first</source>
        <translation>まずアカウントに名前を付けてください</translation>
    </message>
    <message>
        <source>Paste the token first</source>
        <translation>まずトークンを貼り付けてください</translation>
    </message>
    <message>
        <source>Cannot use this server: %1.</source>
        <translation>このサーバーは使用できません: %1。</translation>
    </message>
    <message>
        <source>Checking the token with the server ...</source>
        <translation>サーバーでトークンを確認しています...</translation>
    </message>
    <message>
        <source>Kept for this session only (not saved).</source>
        <translation>このセッションでのみ保持します (保存されません)。</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>キーチェーンに保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>The token works. %1 It sees %n project(s): %2</source>
        <translation>
            <numerusform>トークンは有効です。%1 %n 件のプロジェクトにアクセスできます: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The token works, but it could not be saved: %1
You can use it for this session only; it is then kept in memory and forgotten when D360 Exporter closes.</source>
        <translation>トークンは有効ですが、保存できませんでした: %1
このセッションでのみ使用できます。その場合、トークンはメモリ上に保持され、D360 Exporter を閉じると破棄されます。</translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountSwitcher</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>The Document360 account to export from</source>
        <translation>エクスポート元の Document360 アカウント</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (needs attention)</source>
        <translation>%1 (対応が必要)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>d360::gui::AccountsDialog</name>
    <message>
        <source>needs attention</source>
        <translation>対応が必要</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>No accounts yet. Add an API token, or sign in with your Document360 login.</source>
        <translation>アカウントはまだありません。API トークンを追加するか、Document360 のログイン情報でサインインしてください。</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>もう一度サインイン(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>トークンを置き換え(&amp;R)…</translation>
    </message>
    <message>
        <source>Server: %1
Kind: %2%3
Projects it sees: %4</source>
        <translation>サーバー: %1
種類: %2%3
アクセスできるプロジェクト: %4</translation>
    </message>
    <message>
        <source> (this session only)</source>
        <translation> (このセッションのみ)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Signed in as: %1</source>
        <translation>サインイン中のユーザー: %1</translation>
    </message>
    <message>
        <source>The sign-in is for project %1, which Document360 does not list for it.</source>
        <translation>このサインインはプロジェクト %1 用ですが、Document360 はこのサインインに対してそのプロジェクトを一覧に表示していません。</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>対応が必要: %1</translation>
    </message>
    <message>
        <source>Testing ...</source>
        <translation>テストしています...</translation>
    </message>
    <message numerus="yes">
        <source>Test passed: the server accepts the credential and lists %n project(s).</source>
        <translation>
            <numerusform>テストに成功しました: サーバーは認証情報を受け付け、%n 件のプロジェクトを一覧に表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>テストに失敗しました: %1</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its token is deleted from the keychain. Exports already downloaded stay where they are.</source>
        <translation>&quot;%1&quot; を削除しますか? トークンはキーチェーンから削除されます。既にダウンロードしたエクスポートはそのまま残ります。</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its token.</source>
        <translation>&quot;%1&quot; とそのトークンを削除しました。</translation>
    </message>
    <message>
        <source>Could not remove the account: %1</source>
        <translation>アカウントを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::BatchNotifier</name>
    <message numerus="yes">
        <source>; %n got numbered names because files of their names were already there</source>
        <translation>
            <numerusform>。同名のファイルが既にあったため、%n 個のファイルに番号付きの名前を付けました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files exported to %1</source>
        <translation>
            <numerusform>%n 個のファイルを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files exported to %1 folders</source>
        <translation>
            <numerusform>%n 個のファイルを %1 個のフォルダーにエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 exported</source>
        <translation>%2 件中 %1 件をエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>、%n 件が失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>、%n 件をキャンセル</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 removed while running</source>
        <translation>、%1 件は実行中に一覧から削除</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>エクスポートが完了しました</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>D360 Exporter</source>
        <translation>D360 Exporter</translation>
    </message>
</context>
<context>
    <name>d360::gui::ChangeListModel</name>
    <message>
        <source>File added: %1</source>
        <translation>ファイルを追加: %1</translation>
    </message>
    <message>
        <source>File removed: %1</source>
        <translation>ファイルを削除: %1</translation>
    </message>
    <message>
        <source>File changed: %1</source>
        <translation>ファイルを変更: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>追加: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>削除: %1</translation>
    </message>
    <message>
        <source>Renamed and edited: %1 (+%2 −%3 words)</source>
        <translation>名前変更と編集: %1 (+%2 −%3 語)</translation>
    </message>
    <message>
        <source>Renamed: %1</source>
        <translation>名前変更: %1</translation>
    </message>
    <message>
        <source>Moved and edited: %1 (+%2 −%3 words)</source>
        <translation>移動と編集: %1 (+%2 −%3 語)</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>移動: %1</translation>
    </message>
    <message>
        <source>Edited: %1 (+%2 −%3 words)</source>
        <translation>編集: %1 (+%2 −%3 語)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::CompareDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Two &amp;runs from history</source>
        <translation>履歴の 2 つの実行(&amp;R)</translation>
    </message>
    <message>
        <source>Two exports on &amp;disk (ZIP or extracted folder)</source>
        <translation>ディスク上の 2 つのエクスポート (ZIP または展開済みフォルダー)(&amp;D)</translation>
    </message>
    <message>
        <source>Compare Exports</source>
        <translation>エクスポートの比較</translation>
    </message>
    <message>
        <source>&amp;Earlier run:</source>
        <translation>以前の実行(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Later run:</source>
        <translation>後の実行(&amp;L):</translation>
    </message>
    <message>
        <source>Earlier e&amp;xport:</source>
        <translation>以前のエクスポート(&amp;X):</translation>
    </message>
    <message>
        <source>Later ex&amp;port:</source>
        <translation>後のエクスポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>History holds fewer than two finished runs.</source>
        <translation>履歴にある終了した実行が 2 件未満です。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Pick an export&apos;s ZIP file</source>
        <translation>エクスポートの ZIP ファイルを選択します</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <source>Pick the folder an export was extracted into</source>
        <translation>エクスポートを展開したフォルダーを選択します</translation>
    </message>
    <message>
        <source>Pick an Extracted Export</source>
        <translation>展開済みのエクスポートを選択</translation>
    </message>
    <message>
        <source>Pick an Export ZIP</source>
        <translation>エクスポートの ZIP を選択</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Pick two different runs.</source>
        <translation>異なる 2 つの実行を選択してください。</translation>
    </message>
    <message>
        <source>These two runs have no Markdown or HTML export on disk of the same version, language and format.</source>
        <translation>この 2 つの実行には、同じバージョン・言語・形式の Markdown または HTML のエクスポートがディスク上にありません。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name two exports: a ZIP file or an extracted folder each.</source>
        <translation>エクスポートを 2 つ指定してください (それぞれ ZIP ファイルまたは展開済みフォルダー)。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
</context>
<context>
    <name>d360::gui::ComparisonSummary</name>
    <message numerus="yes">
        <source>The two exports are the same: %n article(s) alike.</source>
        <translation>
            <numerusform>2 つのエクスポートは同一です: %n 件の記事が一致しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n 件編集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n 件削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed</source>
        <translation>
            <numerusform>%n 件名前変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n 件移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) changed</source>
        <translation>
            <numerusform>%n 個の画像を変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) added</source>
        <translation>
            <numerusform>%n 個の画像を追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) removed</source>
        <translation>
            <numerusform>%n 個の画像を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) changed</source>
        <translation>
            <numerusform>%n 個の添付ファイルを変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) added</source>
        <translation>
            <numerusform>%n 個の添付ファイルを追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) removed</source>
        <translation>
            <numerusform>%n 個の添付ファイルを削除</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of one kind</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>articles&apos; counts; images&apos; and attachments&apos; counts</comment>
        <translation>%1。%2</translation>
    </message>
</context>
<context>
    <name>d360::gui::ComparisonWindow</name>
    <message>
        <source>&amp;Save as HTML…</source>
        <translation>HTML として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>What Changed: %1</source>
        <translation>変更内容: %1</translation>
    </message>
    <message>
        <source>Export compared</source>
        <translation>比較したエクスポート</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>エクスポート(&amp;E):</translation>
    </message>
    <message>
        <source>Changed articles and files</source>
        <translation>変更された記事とファイル</translation>
    </message>
    <message>
        <source>Diff of the selected article</source>
        <translation>選択した記事の差分</translation>
    </message>
    <message>
        <source>Write this comparison as one self-contained HTML page, to mail to a reviewer</source>
        <translation>この比較結果を単体で完結した 1 つの HTML ページとして書き出し、レビュー担当者にメールで送れるようにします</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <translation>比較するものがありません。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>比較しています…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>比較できません: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), renamed from “%3” (%4)</source>
        <translation>%1 (%2)、“%3” (%4) から名前を変更</translation>
    </message>
    <message>
        <source>%1 (%2), moved from %3</source>
        <translation>%1 (%2)、%3 から移動</translation>
    </message>
    <message>
        <source>The text did not change.</source>
        <translation>テキストは変更されていません。</translation>
    </message>
    <message>
        <source>This file is new in the later export.</source>
        <translation>このファイルは後のエクスポートで新たに追加されました。</translation>
    </message>
    <message>
        <source>This file is not in the later export.</source>
        <translation>このファイルは後のエクスポートにはありません。</translation>
    </message>
    <message>
        <source>This file&apos;s content changed (its SHA-256 differs).</source>
        <translation>このファイルの内容が変更されています (SHA-256 が異なります)。</translation>
    </message>
    <message>
        <source>Save the Comparison as HTML</source>
        <translation>比較結果を HTML として保存</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML ページ (*.html *.htm)</translation>
    </message>
    <message>
        <source>Saved the comparison to %1.</source>
        <translation>比較結果を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::DiffLineModel</name>
    <message>
        <source>No diff: %1</source>
        <translation>差分なし: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>hunk</source>
        <translation>ハンク</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>旧</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
</context>
<context>
    <name>d360::gui::ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>d360::gui::ExportPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>This project is inactive in Document360. Its content may be out of date; it exports all the same.</source>
        <translation>このプロジェクトは Document360 で無効になっています。内容が古い可能性がありますが、エクスポートは可能です。</translation>
    </message>
    <message>
        <source>Pick a version on the left.</source>
        <translation>左側でバージョンを選択してください。</translation>
    </message>
    <message>
        <source>Loading languages…</source>
        <translation>言語を読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not load the languages: %1</source>
        <translation>言語を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Pick a version first.</source>
        <translation>まずバージョンを選択してください。</translation>
    </message>
    <message>
        <source>Choose where to save the files.</source>
        <translation>ファイルの保存先を選択してください。</translation>
    </message>
    <message>
        <source>Pick at least one language and one format.</source>
        <translation>言語と形式をそれぞれ 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Save these choices under a name, to run them again later</source>
        <translation>これらの選択に名前を付けて保存し、後で再実行できるようにします</translation>
    </message>
    <message>
        <source>Save exports to</source>
        <translation>エクスポートの保存先</translation>
    </message>
    <message numerus="yes">
        <source>Export %n files</source>
        <translation>
            <numerusform>%n 個のファイルをエクスポート</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::GuiSettings</name>
    <message>
        <source>The file name pattern cannot be used: %1.</source>
        <translation>ファイル名のパターンを使用できません: %1。</translation>
    </message>
    <message>
        <source>Run between %1 and %2 exports at once.</source>
        <translation>同時に実行するエクスポートは %1 から %2 の間にしてください。</translation>
    </message>
    <message>
        <source>Check on an export being built at least every %1 to %2 seconds.</source>
        <translation>作成中のエクスポートを確認する間隔は %1 秒から %2 秒の間にしてください。</translation>
    </message>
    <message>
        <source>The output folder must be a full path, such as %1.</source>
        <translation>出力フォルダーは %1 のような完全なパスでなければなりません。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 はファイルで、フォルダーではありません。</translation>
    </message>
    <message>
        <source>You cannot write into %1.</source>
        <translation>%1 には書き込めません。</translation>
    </message>
</context>
<context>
    <name>d360::gui::HistoryTableModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>running (%1 planned)</source>
        <translation>実行中 (%1 件予定)</translation>
    </message>
    <message>
        <source>%1 of %2 files failed.</source>
        <translation>%2 個中 %1 個のファイルが失敗しました。</translation>
    </message>
    <message>
        <source>%1 of %2 files failed. The first failure: %3</source>
        <translation>%2 個中 %1 個のファイルが失敗しました。最初の失敗: %3</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>How</source>
        <translation>実行元</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>d360::gui::HistoryView</name>
    <message>
        <source>Open &amp;folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation>再実行(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;manifest path</source>
        <translation>マニフェストのパスをコピー(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous</source>
        <translation>前回と比較(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Open fi&amp;le</source>
        <translation>ファイルを開く(&amp;L)</translation>
    </message>
    <message>
        <source>History of runs</source>
        <translation>実行の履歴</translation>
    </message>
    <message>
        <source>Read every file of this backup run again and compare it with its manifest</source>
        <translation>このバックアップ実行のすべてのファイルを再度読み取り、マニフェストと照合します</translation>
    </message>
    <message>
        <source>Compare two runs from history, or two exports on disk</source>
        <translation>履歴の 2 つの実行、またはディスク上の 2 つのエクスポートを比較します</translation>
    </message>
    <message>
        <source>Compa&amp;re</source>
        <translation>比較(&amp;R)</translation>
    </message>
    <message>
        <source>No runs yet. Each export you start, here or from the command line or a schedule, is listed here when it has finished.</source>
        <translation>実行はまだありません。ここ、コマンドライン、スケジュールのいずれから開始したエクスポートも、終了するとここに表示されます。</translation>
    </message>
    <message>
        <source>History is not available: the state database is not open.</source>
        <translation>履歴は使用できません: 状態データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Select a run to compare with the run before it.</source>
        <translation>実行を選択すると、その前の実行と比較できます。</translation>
    </message>
    <message>
        <source>Compare this run&apos;s exports with those of %1</source>
        <translation>この実行のエクスポートを %1 のエクスポートと比較します</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 はもうありません。</translation>
    </message>
    <message>
        <source>No program could open %1. Its path is on the clipboard.</source>
        <translation>%1 を開けるプログラムがありませんでした。パスをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 を検証しています…</translation>
    </message>
    <message>
        <source>%1 cannot be verified: %2</source>
        <translation>%1 を検証できません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is whole: %n file(s) checked against its manifest.</source>
        <translation>
            <numerusform>%1 は完全です: %n 個のファイルをマニフェストと照合しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not whole.</source>
        <translation>%1 は完全ではありません。</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>欠落:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>変更:</translation>
    </message>
    <message>
        <source>Extra:</source>
        <translation>余分:</translation>
    </message>
    <message numerus="yes">
        <source>%n planned file(s) were never exported.</source>
        <translation>
            <numerusform>予定していた %n 個のファイルがエクスポートされませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobActions</name>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the exported file (Enter)</source>
        <translation>エクスポートしたファイルを開きます (Enter)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder that holds the file</source>
        <translation>ファイルがあるフォルダーを開きます</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>パスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path (Ctrl+C)</source>
        <translation>ファイルのパスをコピーします (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the failed or cancelled export again</source>
        <translation>失敗またはキャンセルしたエクスポートを再実行します</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>キャンセル(&amp;A)</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>エクスポートを停止します</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>一覧から削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove from the list (Delete); the file stays on disk</source>
        <translation>一覧から削除します (Delete)。ファイルはディスクに残ります</translation>
    </message>
    <message>
        <source>Copy id for &amp;support</source>
        <translation>サポート用 ID をコピー(&amp;S)</translation>
    </message>
    <message>
        <source>Copy the id to give Document360 support: it finds the export in their logs</source>
        <translation>Document360 サポートに伝える ID をコピーします。サポートはこの ID でログからエクスポートを見つけられます</translation>
    </message>
    <message>
        <source>No program could open %1. Its path is on the clipboard.</source>
        <translation>%1 を開けるプログラムがありませんでした。パスをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 はもうありません。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n id(s) for Document360 support.</source>
        <translation>
            <numerusform>Document360 サポート用の ID を %n 件コピーしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jobs could not be retried: no free file name in the output folder.</source>
        <translation>
            <numerusform>%n 件のジョブを再試行できませんでした: 出力フォルダーに使用できるファイル名がありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove exports</source>
        <translation>エクスポートを一覧から削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n exports that are still running?</source>
        <translation>
            <numerusform>実行中の %n 件のエクスポートを一覧から削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>They stop, and what they downloaded so far is deleted. Files already exported stay on disk.</source>
        <translation>これらは停止され、それまでにダウンロードした内容は削除されます。エクスポート済みのファイルはディスクに残ります。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>今後確認しない(&amp;D)</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobDetailsPane</name>
    <message>
        <source>Give this id to Document360 support: it finds this export in their logs.</source>
        <translation>この ID を Document360 サポートに伝えてください。サポートはこの ID でログからこのエクスポートを見つけられます。</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>ジョブを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>The file was downloaded but could not be extracted: %1</source>
        <translation>ファイルはダウンロードしましたが、展開できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (expired; a fresh link is asked for when needed)</source>
        <translation>%1 (期限切れ。必要なときに新しいリンクを要求します)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%2 バイト中 %1 バイト</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobQueueView</name>
    <message>
        <source>Job &amp;details</source>
        <translation>ジョブの詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide the selected job&apos;s details beside the table</source>
        <translation>選択したジョブの詳細を表の横に表示または非表示にします</translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation>コピーしました: %1。</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobTableModel</name>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1
Trace id: %2</source>
        <translation>%1
トレース ID: %2</translation>
    </message>
</context>
<context>
    <name>d360::gui::JobText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>d360::gui::LanguageListModel</name>
    <message>
        <source>%1 (%2, default)</source>
        <translation>%1 (%2、既定)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>d360::gui::MainWindow</name>
    <message>
        <source>Could not open the account: %1</source>
        <translation>アカウントを開けませんでした: %1</translation>
    </message>
    <message>
        <source>Add an API &amp;token…</source>
        <translation>API トークンを追加(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Sign in with Document360…</source>
        <translation>Document360 でサインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>アカウントを追加します</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>Rename, test, replace or remove accounts</source>
        <translation>アカウントの名前変更、テスト、置き換え、削除を行います</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>再読み込み(&amp;F)</translation>
    </message>
    <message>
        <source>Load the projects again (F5)</source>
        <translation>プロジェクトを再度読み込みます (F5)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About D360 Exporter</source>
        <translation>D360 Exporter について(&amp;A)</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is renamed, but its schedule still runs &quot;%2&quot;: %3</source>
        <translation>プリセット &quot;%1&quot; の名前を変更しましたが、スケジュールはまだ &quot;%2&quot; を実行します: %3</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;, and so is its schedule.</source>
        <translation>プリセット &quot;%1&quot; は &quot;%2&quot; になり、スケジュールも変更しました。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;, and so is its schedule; the scheduler learns it after: %3</source>
        <translation>プリセット &quot;%1&quot; は &quot;%2&quot; になり、スケジュールも変更しました。スケジューラーには後で反映されます: %3</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>履歴(&amp;S)</translation>
    </message>
    <message>
        <source>Every run: this window&apos;s, the command line&apos;s and the schedules&apos;</source>
        <translation>すべての実行: このウィンドウ、コマンドライン、スケジュールによるもの</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>The sandbox and its presets last only while this window is open, and a schedule runs when it is closed: schedule the presets of an account of your own.</source>
        <translation>サンドボックスとそのプリセットはこのウィンドウを開いている間だけ存在しますが、スケジュールはウィンドウを閉じているときに実行されます。スケジュールはご自身のアカウントのプリセットに設定してください。</translation>
    </message>
    <message>
        <source>Sandbox — %1</source>
        <translation>サンドボックス — %1</translation>
    </message>
    <message>
        <source>This sign-in is for the project with id %1, but Document360 does not list that project for it, so there is nothing to export here. Sign in again and pick a project you may export, or ask the project&apos;s owner for access.</source>
        <translation>このサインインは ID %1 のプロジェクト用ですが、Document360 はこのサインインに対してそのプロジェクトを一覧に表示していないため、ここでエクスポートできるものはありません。もう一度サインインしてエクスポート可能なプロジェクトを選択するか、プロジェクトのオーナーにアクセス権を依頼してください。</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>エクスポートを準備しています…</translation>
    </message>
    <message>
        <source>Could not start the export: %1</source>
        <translation>エクスポートを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Pick a version, its languages, formats and a folder first: a preset saves what the export panel holds.</source>
        <translation>まずバージョン、言語、形式、フォルダーを選択してください。プリセットにはエクスポートパネルの内容が保存されます。</translation>
    </message>
    <message>
        <source>Saved the preset &quot;%1&quot;.</source>
        <translation>プリセット &quot;%1&quot; を保存しました。</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前のプリセットはありません。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; uses the account &quot;%2&quot;, which is not set up here; it loads into the panel of the account shown now.</source>
        <translation>プリセット &quot;%1&quot; はアカウント &quot;%2&quot; を使用しますが、このアカウントはここに設定されていません。現在表示中のアカウントのパネルに読み込みます。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is loaded: change what you need and save it again with &quot;Save as preset…&quot;.</source>
        <translation>プリセット &quot;%1&quot; を読み込みました: 必要な箇所を変更し、「プリセットとして保存…」でもう一度保存してください。</translation>
    </message>
    <message>
        <source>The version the preset &quot;%1&quot; exports is no longer listed; pick one.</source>
        <translation>プリセット &quot;%1&quot; がエクスポートするバージョンは一覧にありません。バージョンを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n exports queued.</source>
        <translation>
            <numerusform>%n 件のエクスポートをキューに追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>These exports are already waiting or running.</source>
        <translation>これらのエクスポートは既に待機中または実行中です。</translation>
    </message>
    <message>
        <source>%1 of these %2 exports are already waiting or running.</source>
        <translation>これら %2 件のエクスポートのうち %1 件は既に待機中または実行中です。</translation>
    </message>
    <message>
        <source>Queue them again? The second copies get numbered file names, such as &quot;… (2).pdf&quot;.</source>
        <translation>もう一度キューに追加しますか? 2 つ目のコピーには &quot;… (2).pdf&quot; のような番号付きのファイル名が付きます。</translation>
    </message>
    <message>
        <source>&amp;Queue again</source>
        <translation>もう一度キューに追加(&amp;Q)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 needs attention:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 に対応が必要です:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>もう一度サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Replace token…</source>
        <translation>トークンを置き換え(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 and %2; they will resume the next time you open D360 Exporter.</source>
        <translation>%1、%2。次回 D360 Exporter を開いたときに再開します。</translation>
    </message>
    <message numerus="yes">
        <source>%n exports are running</source>
        <translation>
            <numerusform>%n 件のエクスポートが実行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are waiting</source>
        <translation>
            <numerusform>%n 件が待機中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are running; they will resume the next time you open D360 Exporter.</source>
        <translation>
            <numerusform>%n 件のエクスポートが実行中です。次回 D360 Exporter を開いたときに再開します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exports are waiting; they will start the next time you open D360 Exporter.</source>
        <translation>
            <numerusform>%n 件のエクスポートが待機中です。次回 D360 Exporter を開いたときに開始します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close D360 Exporter?</source>
        <translation>D360 Exporter を閉じますか?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>d360::gui::MissedRunsBar</name>
    <message>
        <source>Open H&amp;istory</source>
        <translation>履歴を開く(&amp;I)</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>閉じる(&amp;M)</translation>
    </message>
    <message>
        <source>Scheduled runs that failed</source>
        <translation>失敗したスケジュール実行</translation>
    </message>
    <message>
        <source>%1 failed at %2.</source>
        <translation>%1 は %2 に失敗しました。</translation>
    </message>
    <message>
        <source>%1 of %2 failed at %3.</source>
        <translation>%2 の %1 は %3 に失敗しました。</translation>
    </message>
    <message>
        <source>%1 failed at %2: %3</source>
        <translation>%1 は %2 に失敗しました: %3</translation>
    </message>
    <message>
        <source>%1 of %2 failed at %3: %4</source>
        <translation>%2 の %1 は %3 に失敗しました: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n more failed runs in History.</source>
        <translation>
            <numerusform>履歴に、ほかに失敗した実行が %n 件あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetImportDialog</name>
    <message>
        <source>&amp;Replace the preset of that name</source>
        <translation>同じ名前のプリセットを置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Import Preset</source>
        <translation>プリセットのインポート</translation>
    </message>
    <message>
        <source>Its schedules and history stay; it then exports what this file holds.</source>
        <translation>スケジュールと履歴はそのまま残り、以後はこのファイルの内容をエクスポートします。</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>アカウントを選択してください</translation>
    </message>
    <message>
        <source>Exports:</source>
        <translation>エクスポート:</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>バックアップ:</translation>
    </message>
    <message numerus="yes">
        <source>keeps the last %n run(s)</source>
        <translation>
            <numerusform>最新の %n 回の実行を保持</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>保存先(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>The file %1 holds this preset:</source>
        <translation>ファイル %1 には次のプリセットが含まれています:</translation>
    </message>
    <message>
        <source>None: the credential in the environment (command line only)</source>
        <translation>なし: 環境変数の認証情報 (コマンドラインのみ)</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; takes its credential from the environment (D360_API_KEY and D360_BASE_URL), which only the command line reads.</source>
        <translation>プリセット &quot;%1&quot; は環境変数 (D360_API_KEY と D360_BASE_URL) から認証情報を取得します。環境変数を読み取るのはコマンドラインのみです。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; takes its credential from the environment (D360_API_KEY and D360_BASE_URL), which only the command line reads. Keep it so, or pick an account for this window.</source>
        <translation>プリセット &quot;%1&quot; は環境変数 (D360_API_KEY と D360_BASE_URL) から認証情報を取得します。環境変数を読み取るのはコマンドラインのみです。このままにするか、このウィンドウで使うアカウントを選択してください。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, and no account is set up here yet. Add one first, then choose it here.</source>
        <translation>プリセット &quot;%1&quot; はアカウント &quot;%2&quot; で実行されますが、ここにはまだアカウントが設定されていません。まずアカウントを追加してから、ここで選択してください。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; runs on the account &quot;%2&quot;, which is not set up here. Which account should it use?</source>
        <translation>プリセット &quot;%1&quot; はアカウント &quot;%2&quot; で実行されますが、このアカウントはここに設定されていません。どのアカウントを使用しますか?</translation>
    </message>
    <message>
        <source>There is already a preset named &quot;%1&quot;: replace it, or type another name.</source>
        <translation>&quot;%1&quot; という名前のプリセットが既にあります。置き換えるか、別の名前を入力してください。</translation>
    </message>
    <message>
        <source>Choose the folder it exports into.</source>
        <translation>エクスポート先のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>There is no folder %1 on this computer. It is made when the preset first runs; choose another if that one is your colleague&apos;s.</source>
        <translation>このコンピューターにはフォルダー %1 がありません。プリセットの初回実行時に作成されます。同僚のフォルダーの場合は、別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Export the Preset Into</source>
        <translation>プリセットのエクスポート先</translation>
    </message>
    <message>
        <source>The preset could not be imported: %1</source>
        <translation>プリセットをインポートできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetLauncher</name>
    <message>
        <source>%1 runs on the credential in the environment (D360_API_KEY), which only the command line reads. Run it with the command line, or edit it and save it with an account of this window.</source>
        <translation>%1 は環境変数の認証情報 (D360_API_KEY) で実行されます。環境変数を読み取るのはコマンドラインのみです。コマンドラインで実行するか、編集してこのウィンドウのアカウントで保存してください。</translation>
    </message>
    <message>
        <source>%1 runs on the account &quot;%2&quot;, which is not set up here. Add that account, or edit the preset and save it with another one.</source>
        <translation>%1 はアカウント &quot;%2&quot; で実行されますが、このアカウントはここに設定されていません。そのアカウントを追加するか、プリセットを編集して別のアカウントで保存してください。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not open yet. Try again in a moment.</source>
        <translation>アカウント &quot;%1&quot; はまだ開かれていません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前のプリセットはありません。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot;</source>
        <translation>プリセット &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Preparing the preset &quot;%1&quot;…</source>
        <translation>プリセット &quot;%1&quot; を準備しています…</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has nothing to export now.</source>
        <translation>プリセット &quot;%1&quot; には現在エクスポートするものがありません。</translation>
    </message>
    <message>
        <source>The run &quot;%1&quot;</source>
        <translation>実行 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be run again: history does not say what it exported, or into which folder.</source>
        <translation>%1 は再実行できません: 何をどのフォルダーにエクスポートしたかが履歴に記録されていません。</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>エクスポートを準備しています…</translation>
    </message>
    <message>
        <source>%1 could not be planned again: %2</source>
        <translation>%1 を再度計画できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 has nothing to export now.</source>
        <translation>%1 には現在エクスポートするものがありません。</translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetSharing</name>
    <message>
        <source>Presets (*.json)</source>
        <translation>プリセット (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>There is no preset named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; という名前のプリセットはありません。</translation>
    </message>
    <message>
        <source>Export the Preset &quot;%1&quot;</source>
        <translation>プリセット &quot;%1&quot; をエクスポート</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not exported.</source>
        <translation>プリセット &quot;%1&quot; はエクスポートされませんでした。</translation>
    </message>
    <message>
        <source>Wrote the preset &quot;%1&quot; to %2 (no credential is in it).</source>
        <translation>プリセット &quot;%1&quot; を %2 に書き出しました (認証情報は含まれていません)。</translation>
    </message>
    <message>
        <source>Import a Preset</source>
        <translation>プリセットのインポート</translation>
    </message>
    <message>
        <source>This file cannot be imported as a preset.</source>
        <translation>このファイルはプリセットとしてインポートできません。</translation>
    </message>
    <message>
        <source>Replaced the preset &quot;%1&quot; with the one from %2.</source>
        <translation>プリセット &quot;%1&quot; を %2 のものに置き換えました。</translation>
    </message>
    <message>
        <source>Imported the preset &quot;%1&quot; from %2.</source>
        <translation>プリセット &quot;%1&quot; を %2 からインポートしました。</translation>
    </message>
    <message>
        <source>Preset File</source>
        <translation>プリセットファイル</translation>
    </message>
</context>
<context>
    <name>d360::gui::PresetsMenu</name>
    <message>
        <source>P&amp;resets</source>
        <translation>プリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>プリセットとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import preset…</source>
        <translation>プリセットをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the export panel&apos;s choices under a name</source>
        <translation>エクスポートパネルの選択に名前を付けて保存します</translation>
    </message>
    <message>
        <source>Add a preset from a file a colleague exported</source>
        <translation>同僚がエクスポートしたファイルからプリセットを追加します</translation>
    </message>
    <message>
        <source>Presets are not available: the state database is not open.</source>
        <translation>プリセットは使用できません: 状態データベースが開かれていません。</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Load it into the export panel, to change it and save it again</source>
        <translation>エクスポートパネルに読み込んで、変更してから再度保存します</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>スケジュール(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Schedule… (%1)</source>
        <translation>スケジュール (%1)(&amp;S)…</translation>
    </message>
    <message>
        <source>Have the operating system run it daily, weekly or at an interval</source>
        <translation>オペレーティングシステムに毎日、毎週、または一定間隔で実行させます</translation>
    </message>
    <message>
        <source>The operating system runs it %1, also when this window is closed</source>
        <translation>オペレーティングシステムが %1 実行します。このウィンドウを閉じているときも実行されます</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>複製(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;xport to file…</source>
        <translation>ファイルにエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Write it to a file for a colleague; no credential is in it</source>
        <translation>同僚に渡すためにファイルに書き出します。認証情報は含まれません</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (コピー %2)</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>プリセットの名前変更</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>&quot;%1&quot; の新しい名前:</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not renamed: %2</source>
        <translation>プリセット &quot;%1&quot; の名前を変更できませんでした: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is now &quot;%2&quot;.</source>
        <translation>プリセット &quot;%1&quot; は &quot;%2&quot; になりました。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be read: %2</source>
        <translation>プリセット &quot;%1&quot; を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be duplicated: %2</source>
        <translation>プリセット &quot;%1&quot; を複製できませんでした: %2</translation>
    </message>
    <message>
        <source>Saved a copy of &quot;%1&quot; as &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; のコピーを &quot;%2&quot; として保存しました。</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>プリセットの削除</translation>
    </message>
    <message>
        <source>Delete the preset &quot;%1&quot;?</source>
        <translation>プリセット &quot;%1&quot; を削除しますか?</translation>
    </message>
    <message>
        <source>Its exported files and its history stay. A schedule that runs it will fail until a preset of that name exists again.</source>
        <translation>エクスポートしたファイルと履歴は残ります。このプリセットを実行するスケジュールは、同じ名前のプリセットが再び作成されるまで失敗します。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; was not deleted: %2</source>
        <translation>プリセット &quot;%1&quot; を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is deleted.</source>
        <translation>プリセット &quot;%1&quot; を削除しました。</translation>
    </message>
</context>
<context>
    <name>d360::gui::ProjectTreeModel</name>
    <message>
        <source>Projects and versions</source>
        <translation>プロジェクトとバージョン</translation>
    </message>
    <message>
        <source>Loading… (%1 so far)</source>
        <translation>読み込んでいます… (現在 %1 件)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not load: %1 Double-click to retry.</source>
        <translation>読み込めませんでした: %1 ダブルクリックで再試行します。</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (無効)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Inactive project</source>
        <translation>無効なプロジェクト</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (既定)</translation>
    </message>
    <message>
        <source>Default version</source>
        <translation>既定のバージョン</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
</context>
<context>
    <name>d360::gui::QueueStatusIndicator</name>
    <message>
        <source>Running jobs</source>
        <translation>実行中のジョブ</translation>
    </message>
    <message>
        <source>Remaining rate budget</source>
        <translation>残りのレート枠</translation>
    </message>
    <message>
        <source>Document360 accepts a limited number of requests a minute per token; exports wait their turn instead of being refused.</source>
        <translation>Document360 が受け付けるリクエスト数は、トークンごとに 1 分あたりの上限があります。エクスポートは拒否されるのではなく、順番を待ちます。</translation>
    </message>
    <message>
        <source>No exports running</source>
        <translation>実行中のエクスポートはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n exports running</source>
        <translation>
            <numerusform>%n 件のエクスポートを実行中</numerusform>
        </translation>
    </message>
    <message>
        <source>This account may send %1 more of its %2 requests a minute.</source>
        <translation>このアカウントは 1 分あたり %2 件のリクエストのうち、あと %1 件を送信できます。</translation>
    </message>
    <message>
        <source>Waiting %1 s for the API&apos;s rate limit</source>
        <translation>API のレート制限のため %1 秒待機しています</translation>
    </message>
</context>
<context>
    <name>d360::gui::SavePresetDialog</name>
    <message>
        <source>Export the &amp;default version when it runs</source>
        <translation>実行時に既定のバージョンをエクスポート(&amp;D)</translation>
    </message>
    <message>
        <source>Save as Preset</source>
        <translation>プリセットとして保存</translation>
    </message>
    <message>
        <source>Not a backup</source>
        <translation>バックアップにしない</translation>
    </message>
    <message>
        <source>A backup writes each run into a dated folder of its own and keeps this many of the newest complete runs</source>
        <translation>バックアップは実行ごとに日付付きの専用フォルダーに書き出し、完了した最新の実行をこの数だけ保持します</translation>
    </message>
    <message>
        <source>Export whichever version the project marks as default at the time, rather than this version</source>
        <translation>このバージョンではなく、実行時にプロジェクトで既定に設定されているバージョンをエクスポートします</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Keep the last runs (backup):</source>
        <translation>最新の実行を保持する数 (バックアップ)(&amp;K):</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; exists. Replace it?</source>
        <translation>&quot;%1&quot; という名前のプリセットがあります。置き換えますか?</translation>
    </message>
    <message>
        <source>Its schedules and history stay; it then exports what you chose here.</source>
        <translation>スケジュールと履歴はそのまま残り、以後はここで選択した内容をエクスポートします。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換え(&amp;R)</translation>
    </message>
    <message>
        <source>The preset could not be saved: %1</source>
        <translation>プリセットを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>d360::gui::ScheduleDialog</name>
    <message>
        <source>&amp;Schedule</source>
        <translation>スケジュール(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove Schedule</source>
        <translation>スケジュールを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Schedule &quot;%1&quot;</source>
        <translation>&quot;%1&quot; のスケジュール</translation>
    </message>
    <message>
        <source>The operating system runs the preset &quot;%1&quot; at these times, also when this window is closed. Each run is recorded in History; a run that fails raises a desktop notification.</source>
        <translation>オペレーティングシステムは、このウィンドウを閉じているときも、これらの時刻にプリセット &quot;%1&quot; を実行します。各実行は履歴に記録され、失敗した実行はデスクトップ通知で知らせます。</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>At an interval</source>
        <translation>一定間隔</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>実行(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>曜日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Time (local):</source>
        <translation>時刻 (ローカル)(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>間隔(&amp;E):</translation>
    </message>
    <message>
        <source>Commands that start the schedule</source>
        <translation>スケジュールを開始するコマンド</translation>
    </message>
    <message>
        <source>Now it runs %1.</source>
        <translation>現在は %1 実行します。</translation>
    </message>
    <message>
        <source>It has no schedule yet.</source>
        <translation>まだスケジュールはありません。</translation>
    </message>
    <message>
        <source>Choose how often it runs.</source>
        <translation>実行する頻度を選択してください。</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>スケジュールを設定しています…</translation>
    </message>
    <message>
        <source>Removing the schedule…</source>
        <translation>スケジュールを削除しています…</translation>
    </message>
    <message>
        <source>%1 The scheduler was not told: %2 To finish, run these commands in a terminal:</source>
        <translation>%1 スケジューラーに登録できませんでした: %2 完了するには、ターミナルで次のコマンドを実行してください:</translation>
    </message>
    <message>
        <source>It is not scheduled: %1</source>
        <translation>スケジュールは設定されていません: %1</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is scheduled %2.</source>
        <translation>プリセット &quot;%1&quot; を %2 実行するようスケジュールしました。</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; is scheduled %2; the schedule starts once the commands in its dialog are run.</source>
        <translation>プリセット &quot;%1&quot; を %2 実行するようスケジュールしました。ダイアログに表示されたコマンドを実行すると、スケジュールが開始されます。</translation>
    </message>
    <message>
        <source>%1 It runs also when this window is closed.</source>
        <translation>%1 このウィンドウを閉じているときも実行されます。</translation>
    </message>
    <message>
        <source>The schedule is not removed: %1</source>
        <translation>スケジュールは削除されていません: %1</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; has no schedule any more.</source>
        <translation>プリセット &quot;%1&quot; のスケジュールはなくなりました。</translation>
    </message>
</context>
<context>
    <name>d360::gui::ServerChoice</name>
    <message>
        <source>EU (apihub.document360.io)</source>
        <translation>EU (apihub.document360.io)</translation>
    </message>
    <message>
        <source>US (apihub.us.document360.io)</source>
        <translation>US (apihub.us.document360.io)</translation>
    </message>
    <message>
        <source>Private hosting</source>
        <translation>プライベートホスティング</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>カスタムのベース URL</translation>
    </message>
    <message>
        <source>hosting name, as in apihub.NAME.document360.io</source>
        <translation>ホスティング名 (apihub.NAME.document360.io の NAME)</translation>
    </message>
    <message>
        <source>https://... (http only on this computer)</source>
        <translation>https://... (http はこのコンピューター上でのみ)</translation>
    </message>
</context>
<context>
    <name>d360::gui::SettingsDialog</name>
    <message>
        <source>Keep it and number the new file: name (2).pdf</source>
        <translation>残して新しいファイルに番号を付ける: name (2).pdf</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>プレースホルダー: %1</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>プレビューなし: %1</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>出力フォルダーを選択</translation>
    </message>
</context>
<context>
    <name>d360::gui::SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>もう一度サインイン</translation>
    </message>
    <message>
        <source>Cannot use this server: %1.</source>
        <translation>このサーバーは使用できません: %1。</translation>
    </message>
    <message>
        <source>Enter the client ID first. %1</source>
        <translation>まずクライアント ID を入力してください。%1</translation>
    </message>
    <message>
        <source>Cannot sign in: %1.</source>
        <translation>サインインできません: %1。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in and pick a project in the browser ... If no browser window opened, use &quot;Copy sign-in link&quot; and paste the link into your browser.</source>
        <translation>ブラウザーでのサインインとプロジェクトの選択を待っています... ブラウザーのウィンドウが開かない場合は、「サインインリンクをコピー」を使い、リンクをブラウザーに貼り付けてください。</translation>
    </message>
    <message>
        <source>The browser did not open. Use &quot;Copy sign-in link&quot; and paste the link into a browser on this computer.</source>
        <translation>ブラウザーが開きませんでした。「サインインリンクをコピー」を使い、このコンピューターのブラウザーにリンクを貼り付けてください。</translation>
    </message>
    <message>
        <source>Signed in; finishing ...</source>
        <translation>サインインしました。完了処理中です...</translation>
    </message>
    <message>
        <source>Signed in; checking what the account can see ...</source>
        <translation>サインインしました。アカウントがアクセスできる内容を確認しています...</translation>
    </message>
    <message>
        <source>Checking what the account can see ...</source>
        <translation>アカウントがアクセスできる内容を確認しています...</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be saved: %1
You can use it for this session only; it is then kept in memory and forgotten when D360 Exporter closes.</source>
        <translation>サインインしましたが、サインインを保存できませんでした: %1
このセッションでのみ使用できます。その場合、サインインはメモリ上に保持され、D360 Exporter を閉じると破棄されます。</translation>
    </message>
    <message>
        <source>Signed in for this session only (not saved).</source>
        <translation>このセッションのみサインインしました (保存されません)。</translation>
    </message>
    <message>
        <source>Signed in and saved in the keychain.</source>
        <translation>サインインし、キーチェーンに保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 The account sees %n project(s): %2</source>
        <translation>
            <numerusform>%1 このアカウントは %n 件のプロジェクトにアクセスできます: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Signed in as: %2</source>
        <translation>%1
サインイン中のユーザー: %2</translation>
    </message>
    <message>
        <source>%1
The sign-in is for project %2, but Document360 does not list that project for it. Sign in again and pick another project, or ask the project&apos;s owner for access.</source>
        <translation>%1
このサインインはプロジェクト %2 用ですが、Document360 はこのサインインに対してそのプロジェクトを一覧に表示していません。もう一度サインインして別のプロジェクトを選択するか、プロジェクトのオーナーにアクセス権を依頼してください。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The sign-in link is on the clipboard. Paste it into a browser on this computer; this window waits for the answer.</source>
        <translation>サインインリンクをクリップボードにコピーしました。このコンピューターのブラウザーに貼り付けてください。このウィンドウは応答を待っています。</translation>
    </message>
</context>
<context>
    <name>d360::jobs::BatchPlanner</name>
    <message>
        <source>no account to ask</source>
        <translation>問い合わせるアカウントがありません</translation>
    </message>
    <message>
        <source>no version was chosen</source>
        <translation>バージョンが選択されていません</translation>
    </message>
    <message>
        <source>this token sees no project with the id %1 (see &quot;d360-exporter projects&quot;)</source>
        <translation>このトークンでは ID %1 のプロジェクトが見つかりません (&quot;d360-exporter projects&quot; を参照)</translation>
    </message>
    <message>
        <source>the project %1 marks no version as its default; name one with its id</source>
        <translation>プロジェクト %1 には既定のバージョンがありません。ID でバージョンを指定してください</translation>
    </message>
    <message>
        <source>the project %1 has no version with the id %2 (see &quot;d360-exporter versions --project %3&quot;)</source>
        <translation>プロジェクト %1 には ID %2 のバージョンがありません (&quot;d360-exporter versions --project %3&quot; を参照)</translation>
    </message>
    <message>
        <source>the version %1 has no language &quot;%2&quot;; it has %3</source>
        <translation>バージョン %1 には言語 &quot;%2&quot; がありません。あるのは %3 です</translation>
    </message>
    <message>
        <source>the version %1 has no languages</source>
        <translation>バージョン %1 には言語がありません</translation>
    </message>
    <message>
        <source>the file name pattern &quot;%1&quot; gives two exports the same name, &quot;%2&quot; (%3 and %4); add {lang}, {version} or {format} to it</source>
        <translation>ファイル名のパターン &quot;%1&quot; では 2 つのエクスポートが同じ名前 &quot;%2&quot; になります (%3 と %4)。パターンに {lang}、{version}、{format} のいずれかを追加してください</translation>
    </message>
</context>
<context>
    <name>d360::jobs::DownloadHasher</name>
    <message>
        <source>only %1 of the %2 bytes of %3 were checked</source>
        <translation>%3 の %2 バイトのうち、確認できたのは %1 バイトのみです</translation>
    </message>
    <message>
        <source>cannot read %1 back to check it: %2</source>
        <translation>確認のために %1 を読み戻せません: %2</translation>
    </message>
    <message>
        <source>it is shorter than written</source>
        <translation>書き込んだサイズより短くなっています</translation>
    </message>
</context>
<context>
    <name>d360::jobs::ExportJob</name>
    <message>
        <source>default language</source>
        <translation>既定の言語</translation>
    </message>
    <message>
        <source>a job without a valid &quot;id&quot;</source>
        <translation>有効な &quot;id&quot; のないジョブ</translation>
    </message>
    <message>
        <source>job %1 lacks its project, version or file</source>
        <translation>ジョブ %1 にプロジェクト、バージョン、またはファイルがありません</translation>
    </message>
    <message>
        <source>job %1 has an unknown format or state</source>
        <translation>ジョブ %1 の形式または状態が不明です</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileEndCheck</name>
    <message>
        <source>the downloaded PDF is incomplete: there is no %%EOF near its end</source>
        <translation>ダウンロードした PDF は不完全です: 末尾付近に %%EOF がありません</translation>
    </message>
    <message>
        <source>the downloaded ZIP archive is incomplete: its end-of-central-directory record is missing</source>
        <translation>ダウンロードした ZIP アーカイブは不完全です: セントラルディレクトリ終端レコードがありません</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileNameSanitizer</name>
    <message>
        <source>&quot;%1&quot; ends in a dot</source>
        <translation>&quot;%1&quot; がドットで終わっています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends in a space</source>
        <translation>&quot;%1&quot; がスペースで終わっています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a colon</source>
        <translation>&quot;%1&quot; にコロンが含まれています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved device name on Windows</source>
        <translation>&quot;%1&quot; は Windows の予約済みデバイス名です</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileNameTemplate</name>
    <message>
        <source>the file name pattern is empty</source>
        <translation>ファイル名のパターンが空です</translation>
    </message>
    <message>
        <source>a &quot;}&quot; without its &quot;{&quot; at position %1</source>
        <translation>位置 %1 の &quot;}&quot; に対応する &quot;{&quot; がありません</translation>
    </message>
    <message>
        <source>a &quot;{&quot; without its &quot;}&quot; at position %1</source>
        <translation>位置 %1 の &quot;{&quot; に対応する &quot;}&quot; がありません</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; known are {%2}</source>
        <translation>不明なプレースホルダー {%1} です。使用できるのは {%2} です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2: files go straight into the output folder, so a pattern cannot name a subfolder</source>
        <translation>位置 %2 の &quot;%1&quot;: ファイルは出力フォルダーに直接保存されるため、パターンでサブフォルダーは指定できません</translation>
    </message>
</context>
<context>
    <name>d360::jobs::FileSystemSafety</name>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobDownload</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>the file has %1 bytes, the server announced %2</source>
        <translation>ファイルは %1 バイトですが、サーバーが示したサイズは %2 です</translation>
    </message>
    <message>
        <source>the downloaded file&apos;s SHA-256 is %1, the storage host announced %2</source>
        <translation>ダウンロードしたファイルの SHA-256 は %1 ですが、ストレージホストが示した値は %2 です</translation>
    </message>
    <message>
        <source>the downloaded file&apos;s MD5 is %1, the storage host announced %2</source>
        <translation>ダウンロードしたファイルの MD5 は %1 ですが、ストレージホストが示した値は %2 です</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobQueue</name>
    <message>
        <source>no free file name like %1 in %2</source>
        <translation>%2 に %1 のような空いているファイル名がありません</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobRunner</name>
    <message>
        <source>the server gave no reason</source>
        <translation>サーバーは理由を示しませんでした</translation>
    </message>
    <message>
        <source>the program stopped before the server answered</source>
        <translation>サーバーが応答する前にプログラムが停止しました</translation>
    </message>
    <message>
        <source>This export&apos;s account is not available any more (it was removed, or the keychain is locked). Add the account again, then retry the export.</source>
        <translation>このエクスポートのアカウントは利用できなくなりました (削除されたか、キーチェーンがロックされています)。アカウントをもう一度追加してから、エクスポートを再試行してください。</translation>
    </message>
    <message>
        <source>the export is %1 again</source>
        <translation>エクスポートは再び %1 です</translation>
    </message>
    <message>
        <source>no free file name like %1 in %2</source>
        <translation>%2 に %1 のような空いているファイル名がありません</translation>
    </message>
    <message>
        <source>another export is writing %1 at the same time; it is not replaced. Export again once that one has finished.</source>
        <translation>別のエクスポートが同時に %1 を書き込んでいるため、置き換えません。そちらが終了してから、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>%1 kept being taken</source>
        <translation>%1 は何度試しても別のファイルに使われていました</translation>
    </message>
</context>
<context>
    <name>d360::jobs::JobState</name>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>サーバーを待機中</translation>
    </message>
    <message>
        <source>Being built</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>d360::jobs::OwnedFolder</name>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>フォルダー %1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation>%1 にフォルダーを作成できません: %2</translation>
    </message>
    <message>
        <source>the new folder %1 was replaced by something else</source>
        <translation>新しいフォルダー %1 が別のものに置き換えられました</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>%1 を非公開にできません: %2</translation>
    </message>
    <message>
        <source>%1 climbs out of the folder</source>
        <translation>%1 はフォルダーの外に出ています</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>フォルダー %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>the folder %1 was moved or replaced while it was being filled</source>
        <translation>フォルダー %1 は書き込み中に移動または置き換えられました</translation>
    </message>
</context>
<context>
    <name>d360::jobs::PartFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the download does not follow it</source>
        <translation>%1 はシンボリックリンクです。ダウンロードはリンクをたどりません</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 は通常のファイルではありません</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 は別のユーザーが所有しています</translation>
    </message>
    <message>
        <source>%1 has other names (hard links)</source>
        <translation>%1 には別名 (ハードリンク) があります</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>%1 is being written by another export</source>
        <translation>%1 は別のエクスポートが書き込み中です</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 was replaced by another file while it was written</source>
        <translation>%1 は書き込み中に別のファイルに置き換えられました</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更できません</translation>
    </message>
    <message>
        <source>%1 is a symbolic link or not a regular file; it is not replaced</source>
        <translation>%1 はシンボリックリンクか通常のファイルではないため、置き換えません</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 の名前を %2 に変更できません: %3</translation>
    </message>
    <message>
        <source>%1 is a link or not a regular file</source>
        <translation>%1 はリンクか通常のファイルではありません</translation>
    </message>
    <message>
        <source>%1 is a link or not a regular file; it is not replaced</source>
        <translation>%1 はリンクか通常のファイルではないため、置き換えません</translation>
    </message>
</context>
<context>
    <name>d360::jobs::QueueStore</name>
    <message>
        <source>The export queue &quot;%1&quot; is in use by another D360 Exporter (process %2 on %3). Wait for it to finish, or stop it, and try again.</source>
        <translation>エクスポートキュー &quot;%1&quot; は別の D360 Exporter (%3 上のプロセス %2) が使用中です。終了を待つか停止してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The export queue &quot;%1&quot; cannot be locked (error %2); check the permissions of %3.</source>
        <translation>エクスポートキュー &quot;%1&quot; をロックできません (エラー %2)。%3 のアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The saved export queue could not be read (%1); the queue starts empty and the database is left as it is.</source>
        <translation>保存されたエクスポートキューを読み取れませんでした (%1)。キューは空の状態で開始し、データベースはそのまま残します。</translation>
    </message>
    <message>
        <source>job %1 is not JSON: %2</source>
        <translation>ジョブ %1 は JSON ではありません: %2</translation>
    </message>
    <message>
        <source>job %1 holds the content of job %2</source>
        <translation>ジョブ %1 にジョブ %2 の内容が入っています</translation>
    </message>
    <message numerus="yes">
        <source>%n saved export job(s) could not be read and were left out (%1). They are kept in the table unreadable_jobs of %2.</source>
        <translation>
            <numerusform>保存されたエクスポートジョブ %n 件を読み取れなかったため、除外しました (%1)。これらは %2 のテーブル unreadable_jobs に保管されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved export job(s) could not be read and were left out (%1). They stay in %2 as they were (%3).</source>
        <translation>
            <numerusform>保存されたエクスポートジョブ %n 件を読み取れなかったため、除外しました (%1)。これらは %2 にそのまま残っています (%3)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::jobs::Sha256Stream</name>
    <message>
        <source>%1 has fewer than %2 bytes</source>
        <translation>%1 は %2 バイト未満です</translation>
    </message>
</context>
<context>
    <name>d360::jobs::ZipExtractor</name>
    <message>
        <source>it would expand to more than %1, over %2 times the size of the archive, as a zip bomb does</source>
        <translation>展開すると %1 を超え、アーカイブのサイズの %2 倍を超えます (zip 爆弾と同じ挙動です)</translation>
    </message>
    <message>
        <source>it would take more than %1% of the free space in %2 (over %3 of %4 free)</source>
        <translation>%2 の空き容量の %1% を超えてしまいます (空き %4 のうち %3 超)</translation>
    </message>
    <message>
        <source>Nothing was extracted from %1: %2. The archive is kept as downloaded.</source>
        <translation>%1 からは何も展開しませんでした: %2。アーカイブはダウンロードしたまま保持しています。</translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation>名前のないエントリ</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an absolute path</source>
        <translation>エントリ &quot;%1&quot; は絶対パスです</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; climbs out of its folder (&quot;..&quot;)</source>
        <translation>エントリ &quot;%1&quot; はフォルダーの外に出ています (&quot;..&quot;)</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has a control character in its name</source>
        <translation>エントリ &quot;%1&quot; の名前に制御文字が含まれています</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be made on Windows: %2</source>
        <translation>エントリ &quot;%1&quot; は Windows では作成できません: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP archive (error %2).</source>
        <translation>%1 は読み取り可能な ZIP アーカイブではありません (エラー %2)。</translation>
    </message>
    <message>
        <source>it has more than %1 entries</source>
        <translation>エントリが %1 個を超えています</translation>
    </message>
    <message>
        <source>%1 has an unreadable entry (error %2).</source>
        <translation>%1 に読み取れないエントリがあります (エラー %2)。</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation>エントリ &quot;%1&quot; はシンボリックリンクです</translation>
    </message>
    <message>
        <source>Nothing was extracted from %1: %2, which could write outside the folder. The archive is kept as downloaded.</source>
        <translation>%1 からは何も展開しませんでした: %2 はフォルダーの外に書き込む可能性があります。アーカイブはダウンロードしたまま保持しています。</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is more than %2 folders deep</source>
        <translation>エントリ &quot;%1&quot; はフォルダーの階層が %2 段を超えています</translation>
    </message>
    <message>
        <source>%1 is damaged (error %2).</source>
        <translation>%1 は破損しています (エラー %2)。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 は既に存在します。</translation>
    </message>
    <message>
        <source>Cannot extract %1: %2.</source>
        <translation>%1 を展開できません: %2。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Cannot extract %1 to %2: %3.</source>
        <translation>%1 を %2 に展開できません: %3。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; in %2 (error %3).</source>
        <translation>%2 の &quot;%1&quot; を読み取れません (エラー %3)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is damaged.</source>
        <translation>%2 の &quot;%1&quot; は破損しています。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is damaged (error %3).</source>
        <translation>%2 の &quot;%1&quot; は破損しています (エラー %3)。</translation>
    </message>
    <message>
        <source>Cannot move the extracted files to %1: %2.</source>
        <translation>展開したファイルを %1 に移動できません: %2。</translation>
    </message>
</context>
<context>
    <name>d360::mirror::GitMirror</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The Git mirror %1 is a bare repository; it needs a working tree.</source>
        <translation>Git ミラー %1 はベアリポジトリです。作業ツリーが必要です。</translation>
    </message>
    <message>
        <source>A merge, rebase or similar is under way in %1; finish it first.</source>
        <translation>%1 でマージ、リベースなどの操作が進行中です。先に完了させてください。</translation>
    </message>
    <message>
        <source>The Git mirror %1 cannot be read: %2.</source>
        <translation>Git ミラー %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The Git mirror %1 is on no branch (a detached HEAD); the preset commits to &quot;%2&quot;. Switch to it first (git switch %2).</source>
        <translation>Git ミラー %1 はどのブランチにもありません (detached HEAD)。プリセットは &quot;%2&quot; にコミットします。先にそのブランチに切り替えてください (git switch %2)。</translation>
    </message>
    <message>
        <source>The Git mirror %1 is on the branch &quot;%2&quot;; the preset commits only to &quot;%3&quot;. Switch to it first (git switch %3).</source>
        <translation>Git ミラー %1 はブランチ &quot;%2&quot; にあります。プリセットは &quot;%3&quot; にのみコミットします。先にそのブランチに切り替えてください (git switch %3)。</translation>
    </message>
    <message>
        <source>The Git mirror %1 has changes that are not committed in the folders it mirrors into: %2. Commit or discard them first; the mirror would overwrite them.</source>
        <translation>Git ミラー %1 のミラー先フォルダーに、コミットされていない変更があります: %2。ミラーで上書きされるため、先にコミットするか破棄してください。</translation>
    </message>
    <message>
        <source>The Git mirror %1 has staged changes (%2), which a commit would take along. Commit or unstage them first.</source>
        <translation>Git ミラー %1 にステージされた変更 (%2) があり、コミットに含まれてしまいます。先にコミットするかステージを解除してください。</translation>
    </message>
    <message>
        <source>Cannot write %1 in the Git mirror; what the folder held is still in its last commit (git restore %2).</source>
        <translation>Git ミラーに %1 を書き込めません。フォルダーの内容は最後のコミットに残っています (git restore %2)。</translation>
    </message>
    <message>
        <source>The run made no Markdown export to mirror into %1.</source>
        <translation>この実行では、%1 にミラーする Markdown のエクスポートが作成されませんでした。</translation>
    </message>
    <message>
        <source>The Git mirror %1 cannot be opened: %2.</source>
        <translation>Git ミラー %1 を開けません: %2。</translation>
    </message>
    <message>
        <source>it is not a Git repository</source>
        <translation>Git リポジトリではありません</translation>
    </message>
    <message>
        <source>Cannot make a folder in %1: %2.</source>
        <translation>%1 にフォルダーを作成できません: %2。</translation>
    </message>
    <message>
        <source>%1 cannot be mirrored: %2</source>
        <translation>%1 をミラーできません: %2</translation>
    </message>
    <message>
        <source>Cannot stage the mirrored files in %1: %2.</source>
        <translation>%1 でミラーしたファイルをステージできません: %2。</translation>
    </message>
    <message>
        <source>Cannot write the commit&apos;s tree in %1: %2.</source>
        <translation>%1 にコミットのツリーを書き込めません: %2。</translation>
    </message>
    <message>
        <source>Cannot commit in the Git mirror %1: %2.</source>
        <translation>Git ミラー %1 にコミットできません: %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a branch name Git accepts.</source>
        <translation>&quot;%1&quot; は Git で使用できるブランチ名ではありません。</translation>
    </message>
    <message>
        <source>Cannot make a Git repository in %1: %2.</source>
        <translation>%1 に Git リポジトリを作成できません: %2。</translation>
    </message>
    <message>
        <source>%1 is neither a Git repository nor an empty folder.</source>
        <translation>%1 は Git リポジトリでも空のフォルダーでもありません。</translation>
    </message>
    <message>
        <source>%1 is a bare repository; the mirror needs one with a working tree.</source>
        <translation>%1 はベアリポジトリです。ミラーには作業ツリーのあるリポジトリが必要です。</translation>
    </message>
    <message>
        <source>%1 is on no branch (a detached HEAD). Switch to the branch the mirror should commit to first.</source>
        <translation>%1 はどのブランチにもありません (detached HEAD)。先に、ミラーのコミット先にするブランチに切り替えてください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>%1 is on the branch &quot;%2&quot;; the mirror commits only to the branch the working tree is on. Switch to &quot;%3&quot; first (git switch %3).</source>
        <translation>%1 はブランチ &quot;%2&quot; にあります。ミラーは作業ツリーのあるブランチにのみコミットします。先に &quot;%3&quot; に切り替えてください (git switch %3)。</translation>
    </message>
</context>
<context>
    <name>d360::routines::BackupAftercare</name>
    <message>
        <source>The manifest of %1 could not be written: %2</source>
        <translation>%1 のマニフェストを書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::BoundedProcess</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 を開始できませんでした: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not answer within %2 ms.</source>
        <translation>&quot;%1&quot; が %2 ミリ秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; crashed.</source>
        <translation>&quot;%1&quot; がクラッシュしました。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed (exit code %2): %3</source>
        <translation>&quot;%1&quot; が失敗しました (終了コード %2): %3</translation>
    </message>
</context>
<context>
    <name>d360::routines::DesktopNotifier</name>
    <message>
        <source>There is no session bus, so no desktop to notify.</source>
        <translation>セッションバスがないため、通知先のデスクトップがありません。</translation>
    </message>
    <message>
        <source>No notification service runs on this desktop.</source>
        <translation>このデスクトップでは通知サービスが動作していません。</translation>
    </message>
</context>
<context>
    <name>d360::routines::FileScheduleInstaller</name>
    <message>
        <source>The scheduler is told by a command of your own session, which this program does not run for you.</source>
        <translation>スケジューラーへの登録はご自身のセッションのコマンドで行います。このプログラムが代わりに実行することはありません。</translation>
    </message>
    <message>
        <source>There is no schedule for the preset &quot;%1&quot; in %2.</source>
        <translation>%2 にプリセット &quot;%1&quot; のスケジュールはありません。</translation>
    </message>
</context>
<context>
    <name>d360::routines::HistoryStore</name>
    <message>
        <source>history has no run %1 to finish</source>
        <translation>履歴に、終了させる実行 %1 がありません</translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestItem</name>
    <message>
        <source>default language</source>
        <translation>既定の言語</translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestReader</name>
    <message>
        <source>the folder has no %1</source>
        <translation>フォルダーに %1 がありません</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 はシンボリックリンクです</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 はファイルではありません</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than a manifest can be</source>
        <translation>%1 は %2 バイトで、マニフェストの上限を超えています</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 grew past the size a manifest can be while it was read</source>
        <translation>%1 は読み取り中にマニフェストの上限サイズを超えました</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)</source>
        <translation>%1 は有効な JSON ではありません (%3 バイト目で %2)</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object</source>
        <translation>%1 に JSON オブジェクトが含まれていません</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 は使用できません: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::ManifestWriter</name>
    <message>
        <source>%1 is not a file (a link or a folder is in its place)</source>
        <translation>%1 はファイルではありません (リンクまたはフォルダーがあります)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::Preset</name>
    <message>
        <source>default language</source>
        <translation>既定の言語</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 / %4</source>
        <translation>%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>プリセットには名前が必要です。</translation>
    </message>
    <message>
        <source>A preset&apos;s name cannot begin or end with a space.</source>
        <translation>プリセットの名前をスペースで始めたり終えたりすることはできません。</translation>
    </message>
    <message>
        <source>A preset&apos;s name can be at most %1 characters long.</source>
        <translation>プリセットの名前は %1 文字以内にしてください。</translation>
    </message>
    <message>
        <source>A preset&apos;s name cannot hold a slash, a backslash or a control character.</source>
        <translation>プリセットの名前にスラッシュ、バックスラッシュ、制御文字は使用できません。</translation>
    </message>
    <message>
        <source>The preset names no project.</source>
        <translation>プリセットにプロジェクトが指定されていません。</translation>
    </message>
    <message>
        <source>The preset names no version (an id, or &quot;default&quot;).</source>
        <translation>プリセットにバージョン (ID または &quot;default&quot;) が指定されていません。</translation>
    </message>
    <message>
        <source>&quot;all&quot; languages already includes every language.</source>
        <translation>&quot;all&quot; には既にすべての言語が含まれています。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use pdf, html or markdown.</source>
        <translation>不明な形式 &quot;%1&quot; です: pdf、html、markdown のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The preset names no folder to write into.</source>
        <translation>プリセットに書き込み先のフォルダーが指定されていません。</translation>
    </message>
    <message>
        <source>The preset&apos;s file-name template cannot be used: %1.</source>
        <translation>プリセットのファイル名テンプレートを使用できません: %1。</translation>
    </message>
    <message>
        <source>A preset runs 1 to 64 exports at once.</source>
        <translation>プリセットで同時に実行できるエクスポートは 1 ～ 64 件です。</translation>
    </message>
    <message>
        <source>A backup keeps a positive number of runs.</source>
        <translation>バックアップで保持する実行の数は正の数にしてください。</translation>
    </message>
    <message>
        <source>The preset&apos;s Git mirror names no branch.</source>
        <translation>プリセットの Git ミラーにブランチが指定されていません。</translation>
    </message>
    <message>
        <source>A Git mirror keeps Markdown; the preset does not export Markdown.</source>
        <translation>Git ミラーは Markdown を保持しますが、このプリセットは Markdown をエクスポートしません。</translation>
    </message>
    <message>
        <source>the preset&apos;s field &quot;%1&quot; has the wrong type</source>
        <translation>プリセットのフィールド &quot;%1&quot; の型が正しくありません</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON ではありません: %2 バイト目で %1</translation>
    </message>
    <message>
        <source>not a preset file</source>
        <translation>プリセットファイルではありません</translation>
    </message>
    <message>
        <source>written by a newer version of D360 Exporter</source>
        <translation>新しいバージョンの D360 Exporter で書き込まれています</translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a preset.</source>
        <translation>%1 はプリセットとしては大きすぎます。</translation>
    </message>
    <message>
        <source>%1 is not a preset that can be used: %2</source>
        <translation>%1 は使用できるプリセットではありません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetPlanner</name>
    <message>
        <source>The preset &quot;%1&quot; has no account to run on.</source>
        <translation>プリセット &quot;%1&quot; には実行に使うアカウントがありません。</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; cannot make its run folder: %2</source>
        <translation>バックアップ &quot;%1&quot; の実行フォルダーを作成できません: %2</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; could not be planned: %2</source>
        <translation>プリセット &quot;%1&quot; を計画できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::PresetStore</name>
    <message>
        <source>The preset &quot;%1&quot; cannot be read (%2).</source>
        <translation>プリセット &quot;%1&quot; を読み取れません (%2)。</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>プリセット &quot;%1&quot; はありません。</translation>
    </message>
    <message>
        <source>There is already a preset &quot;%1&quot;.</source>
        <translation>プリセット &quot;%1&quot; は既にあります。</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolder</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>フォルダー %1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>フォルダー %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder (a link or a file is in its place)</source>
        <translation>%1 はフォルダーではありません (リンクまたはファイルがあります)</translation>
    </message>
    <message>
        <source>%1 already holds %2 runs started in the same second</source>
        <translation>%1 には同じ秒に開始した実行が既に %2 件あります</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolderFiles</name>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>フォルダー %1 を開けません: %2</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunFolderRemover</name>
    <message>
        <source>%1 is not the name of a run folder; it was left</source>
        <translation>%1 は実行フォルダーの名前ではないため、残しました</translation>
    </message>
    <message>
        <source>cannot open %1 as a folder (not followed if it is a link): %2</source>
        <translation>%1 をフォルダーとして開けません (リンクの場合はたどりません): %2</translation>
    </message>
    <message>
        <source>%1 was left: %2</source>
        <translation>%1 を残しました: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was kept: it holds %n items that its manifest does not list</source>
        <translation>
            <numerusform>%1 を残しました: マニフェストに記載のない項目が %n 個あります</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::routines::RunManifest</name>
    <message>
        <source>the field %1 is missing</source>
        <translation>フィールド %1 がありません</translation>
    </message>
    <message>
        <source>the field %1 is not text</source>
        <translation>フィールド %1 がテキストではありません</translation>
    </message>
    <message>
        <source>the field %1 is not an object</source>
        <translation>フィールド %1 がオブジェクトではありません</translation>
    </message>
    <message>
        <source>the field %1 is not a list</source>
        <translation>フィールド %1 がリストではありません</translation>
    </message>
    <message>
        <source>the field %1 is not true or false</source>
        <translation>フィールド %1 が true でも false でもありません</translation>
    </message>
    <message>
        <source>the field %1 is not a count of bytes</source>
        <translation>フィールド %1 がバイト数ではありません</translation>
    </message>
    <message>
        <source>the field %1 is not a date and time</source>
        <translation>フィールド %1 が日時ではありません</translation>
    </message>
    <message>
        <source>the field %1: %2</source>
        <translation>フィールド %1: %2</translation>
    </message>
    <message>
        <source>the field %1 is not a SHA-256 in lower-case hex</source>
        <translation>フィールド %1 が小文字 16 進数の SHA-256 ではありません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>cannot open the extracted folder %1: %2</source>
        <translation>展開済みフォルダー %1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot read the extracted file %1: %2</source>
        <translation>展開済みファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>パスが空です</translation>
    </message>
    <message>
        <source>the path %1 is absolute</source>
        <translation>パス %1 は絶対パスです</translation>
    </message>
    <message>
        <source>the path %1 holds a backslash or a NUL</source>
        <translation>パス %1 にバックスラッシュまたは NUL が含まれています</translation>
    </message>
    <message>
        <source>the path %1 is not a plain path inside the folder</source>
        <translation>パス %1 はフォルダー内の単純なパスではありません</translation>
    </message>
    <message>
        <source>the file %1 is not inside the run folder</source>
        <translation>ファイル %1 は実行フォルダー内にありません</translation>
    </message>
    <message>
        <source>the run ended before this export did</source>
        <translation>このエクスポートが終わる前に実行が終了しました</translation>
    </message>
    <message>
        <source>%1 is %2 (%3 bytes), more than 1 GB: Document360 cannot import a file that large back.</source>
        <translation>%1 は %2 (%3 バイト) で 1 GB を超えています: Document360 はこれほど大きなファイルを再インポートできません。</translation>
    </message>
    <message>
        <source>this is not a run manifest (format &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>これは実行マニフェストではありません (形式 &quot;%1&quot;、想定は &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the manifest&apos;s format version is %1; this program reads version %2</source>
        <translation>マニフェストの形式バージョンは %1 です。このプログラムが読み取れるのはバージョン %2 です</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>the field run_id is not a UUID</source>
        <translation>フィールド run_id が UUID ではありません</translation>
    </message>
    <message>
        <source>the field origin is &quot;%1&quot;, not window, cli or schedule</source>
        <translation>フィールド origin が &quot;%1&quot; で、window、cli、schedule のいずれでもありません</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 はオブジェクトではありません</translation>
    </message>
    <message>
        <source>the field %1 is &quot;%2&quot;, not a format</source>
        <translation>フィールド %1 が &quot;%2&quot; で、形式ではありません</translation>
    </message>
    <message>
        <source>the field %1 is &quot;%2&quot;, not exported or missing</source>
        <translation>フィールド %1 が &quot;%2&quot; で、exported でも missing でもありません</translation>
    </message>
    <message>
        <source>the verdict does not match the items: it lists %1 missing, the items %2</source>
        <translation>判定が項目と一致しません: 欠落は %1 件とされていますが、項目では %2 件です</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunOrigin</name>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
</context>
<context>
    <name>d360::routines::RunRecorder</name>
    <message>
        <source>The run could not be recorded in history: %1</source>
        <translation>実行を履歴に記録できませんでした: %1</translation>
    </message>
    <message>
        <source>The outcome of the run could not be recorded in history: %1</source>
        <translation>実行の結果を履歴に記録できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleFiles</name>
    <message>
        <source>%1 is already there and was not written by D360 Exporter for this preset; it is left as it is. Move it away to schedule this preset.</source>
        <translation>%1 は既に存在し、D360 Exporter がこのプリセット用に書き込んだものではないため、そのまま残しています。このプリセットをスケジュールするには、このファイルを移動してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 に書き込めません: %2。</translation>
    </message>
    <message>
        <source>%1 was not written by D360 Exporter for this preset; it is left as it is.</source>
        <translation>%1 は D360 Exporter がこのプリセット用に書き込んだものではないため、そのまま残しています。</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2.</source>
        <translation>%1 を削除できません: %2。</translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleSpec</name>
    <message>
        <source>&quot;%1&quot; is not a time of day: give it as HH:MM in 24-hour time, for example 02:30 or 23:15.</source>
        <translation>&quot;%1&quot; は時刻ではありません: 02:30 や 23:15 のように、24 時間制の HH:MM で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the week: give mon, tue, wed, thu, fri, sat or sun (or the full English name).</source>
        <translation>&quot;%1&quot; は曜日ではありません: mon、tue、wed、thu、fri、sat、sun (または英語の正式名) で指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval: give a whole number followed by h for hours or d for days, for example 6h or 2d.</source>
        <translation>&quot;%1&quot; は間隔ではありません: 6h や 2d のように、整数の後に h (時間) または d (日) を付けて指定してください。</translation>
    </message>
    <message>
        <source>The interval must be at least 1 hour or 1 day, not &quot;%1&quot;.</source>
        <translation>間隔は &quot;%1&quot; ではなく、1 時間以上または 1 日以上にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than the schedulers allow (at most %2 hours): give the interval in days instead.</source>
        <translation>&quot;%1&quot; はスケジューラーで許可される長さ (最大 %2 時間) を超えています: 代わりに日数で間隔を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than the schedulers allow (at most %2 days).</source>
        <translation>&quot;%1&quot; はスケジューラーで許可される長さ (最大 %2 日) を超えています。</translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 hours.</source>
        <translation>間隔は 1 ～ %1 時間にしてください。</translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 days.</source>
        <translation>間隔は 1 ～ %1 日にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule: it is daily HH:MM, weekly DAY HH:MM or every N(h|d).</source>
        <translation>&quot;%1&quot; はスケジュールではありません: daily HH:MM、weekly DAY HH:MM、every N(h|d) のいずれかで指定してください。</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation>毎日 %1 に</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>weekly on %1 at %2</source>
        <translation>毎週 %1 の %2 に</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>1 時間ごとに</translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>%n 時間ごとに</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>毎日</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>%n 日ごとに</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::routines::ScheduleUnits</name>
    <message>
        <source>Give the preset to run with --preset NAME.</source>
        <translation>実行するプリセットを --preset NAME で指定してください。</translation>
    </message>
    <message>
        <source>The preset name &quot;%1&quot; holds a control character, which no scheduler can carry; rename the preset.</source>
        <translation>プリセット名 &quot;%1&quot; には、どのスケジューラーでも扱えない制御文字が含まれています。プリセットの名前を変更してください。</translation>
    </message>
    <message>
        <source>The preset name &quot;%1&quot; is too long for a schedule (systemd allows %2 characters in a unit name, and each character that is not a plain letter or digit takes four); give the preset a shorter name.</source>
        <translation>プリセット名 &quot;%1&quot; はスケジュールには長すぎます (systemd のユニット名は %2 文字までで、英数字以外の文字は 1 文字で 4 文字分になります)。プリセットに短い名前を付けてください。</translation>
    </message>
    <message>
        <source>Backs up the preset &quot;%1&quot; %2.</source>
        <translation>プリセット &quot;%1&quot; を %2 バックアップします。</translation>
    </message>
</context>
<context>
    <name>d360::routines::SystemdScheduleInstaller</name>
    <message>
        <source>systemctl was not called (D360_SYSTEMCTL=none).</source>
        <translation>systemctl は呼び出されませんでした (D360_SYSTEMCTL=none)。</translation>
    </message>
    <message>
        <source>No systemd user manager answers here (%1).</source>
        <translation>ここでは systemd のユーザーマネージャーが応答しません (%1)。</translation>
    </message>
    <message>
        <source>There is no schedule for the preset &quot;%1&quot; in %2 (see &quot;d360-exporter schedule list&quot;).</source>
        <translation>%2 にプリセット &quot;%1&quot; のスケジュールはありません (&quot;d360-exporter schedule list&quot; を参照)。</translation>
    </message>
    <message>
        <source>%1 is not the service D360 Exporter wrote.</source>
        <translation>%1 は D360 Exporter が書き込んだサービスではありません。</translation>
    </message>
</context>
<context>
    <name>d360::routines::VerifyReport</name>
    <message>
        <source>not in the folder</source>
        <translation>フォルダーにありません</translation>
    </message>
    <message>
        <source>a symbolic link is in its place (not followed)</source>
        <translation>代わりにシンボリックリンクがあります (たどりません)</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <source>is no longer a plain file</source>
        <translation>通常のファイルではなくなっています</translation>
    </message>
    <message>
        <source>%1 bytes; the manifest says %2</source>
        <translation>%1 バイトですが、マニフェストでは %2 です</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>its SHA-256 differs from the manifest&apos;s</source>
        <translation>SHA-256 がマニフェストの値と異なります</translation>
    </message>
    <message>
        <source>a symbolic link to %1 (not followed)</source>
        <translation>%1 へのシンボリックリンクです (たどりません)</translation>
    </message>
    <message>
        <source>not in the manifest</source>
        <translation>マニフェストにありません</translation>
    </message>
    <message>
        <source>not a plain file, not in the manifest</source>
        <translation>通常のファイルではなく、マニフェストにもありません</translation>
    </message>
</context>
<context>
    <name>d360::sandbox::LoopbackHttpListener</name>
    <message>
        <source>The sandbox listens on loopback addresses only, not on %1.</source>
        <translation>サンドボックスはループバックアドレスでのみ待ち受けます。%1 では待ち受けません。</translation>
    </message>
    <message>
        <source>The sandbox could not listen on %1 port %2: %3</source>
        <translation>サンドボックスは %1 のポート %2 で待ち受けできませんでした: %3</translation>
    </message>
</context>
<context>
    <name>d360::sandbox::SandboxServer</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>サンドボックスは既に実行中です。</translation>
    </message>
</context>
<context>
    <name>d360::state::LegacyQueueFile</name>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON ではありません: %2 バイト目で %1</translation>
    </message>
    <message>
        <source>not an export queue</source>
        <translation>エクスポートキューではありません</translation>
    </message>
    <message>
        <source>written by a newer version of D360 Exporter</source>
        <translation>新しいバージョンの D360 Exporter で書き込まれています</translation>
    </message>
    <message>
        <source>job %1 appears twice</source>
        <translation>ジョブ %1 が 2 回出現しています</translation>
    </message>
</context>
<context>
    <name>d360::state::LegacyQueueImport</name>
    <message>
        <source>The export queue %1 of an earlier version could not be opened (%2); it is left as it is.</source>
        <translation>以前のバージョンのエクスポートキュー %1 を開けませんでした (%2)。そのまま残しています。</translation>
    </message>
    <message>
        <source>The export queue %1 of an earlier version could not be read (%2); it was not imported, and was moved aside to %3.</source>
        <translation>以前のバージョンのエクスポートキュー %1 を読み取れませんでした (%2)。インポートせず、%3 に退避しました。</translation>
    </message>
    <message>
        <source>The export queue %1 of an earlier version could not be read (%2); it was not imported, and is left as it is.</source>
        <translation>以前のバージョンのエクスポートキュー %1 を読み取れませんでした (%2)。インポートせず、そのまま残しています。</translation>
    </message>
    <message>
        <source>The export queue %1 could not be imported: %2</source>
        <translation>エクスポートキュー %1 をインポートできませんでした: %2</translation>
    </message>
    <message>
        <source>The export queue %1 was imported, but could not be renamed; it will be looked at again at the next start.</source>
        <translation>エクスポートキュー %1 はインポートしましたが、名前を変更できませんでした。次回の起動時に再度確認します。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of the export queue %1 could not be read (%2); they are kept in the table unreadable_jobs of %3, and the file as %4.</source>
        <translation>
            <numerusform>エクスポートキュー %1 のジョブ %n 件を読み取れませんでした (%2)。これらは %3 のテーブル unreadable_jobs に、ファイルは %4 として保管されています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>d360::state::StateDatabase</name>
    <message>
        <source>The state database %1 cannot be created: %2</source>
        <translation>状態データベース %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>The state database %1 is being opened by another D360 Exporter that does not finish; try again, or look for a stuck process.</source>
        <translation>状態データベース %1 は、終了しない別の D360 Exporter が開こうとしています。もう一度試すか、停止したプロセスがないか確認してください。</translation>
    </message>
    <message>
        <source>%1 (the disk that holds %2 is full)</source>
        <translation>%1 (%2 があるディスクがいっぱいです)</translation>
    </message>
    <message>
        <source>The state database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>状態データベース %1 は破損しており (%2)、退避できませんでした。</translation>
    </message>
    <message>
        <source>The state database was damaged (%1). It was moved aside to %2, and a new one was started: the queue, history and presets start empty.</source>
        <translation>状態データベースが破損していました (%1)。%2 に退避し、新しいデータベースで開始しました: キュー、履歴、プリセットは空の状態です。</translation>
    </message>
    <message>
        <source>The state database cannot be opened: Qt&apos;s SQLite driver (QSQLITE) is missing. Install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation>状態データベースを開けません: Qt の SQLite ドライバー (QSQLITE) がありません。Qt 6 の SQLite プラグインをインストールしてください (Debian: libqt6sql6-sqlite)。</translation>
    </message>
    <message>
        <source>The state database %1 cannot be opened: %2</source>
        <translation>状態データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>the state database %1 refused a change: %2</source>
        <translation>状態データベース %1 が変更を拒否しました: %2</translation>
    </message>
</context>
<context>
    <name>d360::state::StateSchema</name>
    <message>
        <source>The state database %1 was written by a newer version of D360 Exporter (schema %2; this version knows %3). It is left as it is: update D360 Exporter, or move the file away to start afresh.</source>
        <translation>状態データベース %1 は新しいバージョンの D360 Exporter で書き込まれています (スキーマ %2。このバージョンが扱えるのは %3 まで)。そのまま残しています: D360 Exporter を更新するか、ファイルを移動して新しく始めてください。</translation>
    </message>
    <message>
        <source>The state database %1 could not be brought to schema %2: %3</source>
        <translation>状態データベース %1 をスキーマ %2 に更新できませんでした: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Export Document360 knowledge bases.</source>
        <translation>Document360 のナレッジベースをエクスポートします。</translation>
    </message>
    <message>
        <source>Open the window on a built-in Document360 simulator.</source>
        <translation>組み込みの Document360 シミュレーターでウィンドウを開きます。</translation>
    </message>
    <message>
        <source>Add, list, test, rename or remove stored accounts</source>
        <translation>保存済みのアカウントを追加・一覧表示・テスト・名前変更・削除します</translation>
    </message>
    <message>
        <source>Export versions, languages and formats into a folder</source>
        <translation>バージョン・言語・形式をフォルダーにエクスポートします</translation>
    </message>
    <message>
        <source>Save, list, show, share or remove saved exports</source>
        <translation>保存済みのエクスポートを保存・一覧表示・表示・共有・削除します</translation>
    </message>
    <message>
        <source>List the runs of exports, with their files and failures</source>
        <translation>エクスポートの実行を、ファイルと失敗とともに一覧表示します</translation>
    </message>
    <message>
        <source>List the projects the token can see</source>
        <translation>トークンでアクセスできるプロジェクトを一覧表示します</translation>
    </message>
    <message>
        <source>List the versions of a project</source>
        <translation>プロジェクトのバージョンを一覧表示します</translation>
    </message>
    <message>
        <source>List the languages of a project&apos;s version</source>
        <translation>プロジェクトのバージョンの言語を一覧表示します</translation>
    </message>
    <message>
        <source>Back up a preset daily, weekly or every N hours</source>
        <translation>プリセットを毎日、毎週、または N 時間ごとにバックアップします</translation>
    </message>
    <message>
        <source>Serve a Document360 API simulator on loopback</source>
        <translation>ループバック上で Document360 API シミュレーターを提供します</translation>
    </message>
    <message>
        <source>Show what changed between two Markdown or HTML exports</source>
        <translation>2 つの Markdown または HTML のエクスポートの間の変更内容を表示します</translation>
    </message>
    <message>
        <source>Keep a Git repository in step with a preset&apos;s Markdown</source>
        <translation>Git リポジトリをプリセットの Markdown と同期させます</translation>
    </message>
    <message>
        <source>Check a backup run folder against its manifest.json</source>
        <translation>バックアップの実行フォルダーを manifest.json と照合します</translation>
    </message>
</context>
</TS>
