### 向学习记录存储（LRS）发送和读取：错误信息和结果。

## LRS 地址，以及为什么不能用。
# 永远无法使用的地址；$url 带引号，其中的 user:password@ 已隐藏；$why 是下面的某一条 lrs-url-*。
lrs-bad-url = LRS 地址 { $url } 无法使用：{ $why }
# 原因：协议。
lrs-url-scheme = 地址必须以 http:// 或 https:// 开头
# 原因：含有空格或控制字符。
lrs-url-spaces = 地址中含有空格或控制字符
# 原因：带了查询串或片段。
lrs-url-query = 请给出不带 ?查询 或 #片段 的 xAPI 端点
# 原因：地址里写了 user:password@。
lrs-url-credentials = 凭据不能写在地址里；请设置 KEY_ACCOUNT_LRS_USER 和 KEY_ACCOUNT_LRS_PASSWORD，或在设置文件的 [lrs] 下填写 user 和 password
# 原因：没有主机名。
lrs-url-no-host = 地址中没有主机名
# 原因：端口。
lrs-url-port = 端口不是 1 到 65535 之间的数字
# 原因：.invalid 下的名字（RFC 6761：永远无法解析）。
lrs-url-never-resolves = .invalid 下的名字永远无法解析；请给出 LRS 的真实地址
# 原因：URI 解析器的说法（$why 为英文）。
lrs-url-invalid = 这不是一个有效的地址（{ $why }）

## LRS 没有应答，或应答不符合 xAPI 的约定。
# 连不上；$why 是系统的说法或下面两条之一。
lrs-unreachable = 无法连接位于 { $url } 的 LRS：{ $why }
# 连不上的原因：域名解析。
lrs-no-such-host = 主机名无法解析
# 连不上的原因：连接。
lrs-connection-failed = 连接失败
# $secs 秒内没有（完整的）应答。
lrs-timeout = 位于 { $url } 的 LRS 未能及时应答（{ $secs } 秒）
# HTTP 401 或 403。
lrs-credentials = 位于 { $url } 的 LRS 拒绝了凭据（HTTP { $status }）；请设置 KEY_ACCOUNT_LRS_USER 和 KEY_ACCOUNT_LRS_PASSWORD，或在设置文件的 [lrs] 下填写 user 和 password
# 其他 HTTP 错误；$detail 是服务器的说法。
lrs-status = 位于 { $url } 的 LRS 返回 HTTP { $status }：{ $detail }
# HTTP 429 或 503，重试 $waited 秒后仍然如此。
lrs-busy = 位于 { $url } 的 LRS 正忙（HTTP { $status }），等待 { $waited } 秒后仍然如此；请稍后再试
# HTTP 429 或 503，要求等待的时间超过了客户端愿意等的时间。
lrs-busy-later = 位于 { $url } 的 LRS 正忙（HTTP { $status }），要求 { $after } 秒后再来；请稍后再试
# HTTP 3xx：从不跟随重定向。
lrs-redirected = 位于 { $url } 的 LRS 重定向（HTTP { $status }）到 { $location }，程序不会跟随，因此没有向那里发送或读取任何内容；请把 LRS 本身的地址填为 URL（如果所在网络要求先登录，请登录后再试）
# 对 POST 的 2xx 应答里没有 xAPI 约定的语句 id（登录页面，或 "[]"）。
lrs-not-stored = 位于 { $url } 的 LRS 返回了 HTTP { $status }，但没有给出所发送的 { $posted } 条语句的 id（它的应答是：{ $answer }），因此不算已存储
# 应答超过 $mb MB。
lrs-too-large = 位于 { $url } 的 LRS 发来的应答超过 { $mb } MB，未读取
# 对 GET 的 2xx 应答不是 xAPI；$why 是解析器的说法。
lrs-bad-answer = 位于 { $url } 的 LRS 给出的应答不是 xAPI 格式：{ $why }
# 某一页的 `more` 链接指向另一台服务器。
lrs-foreign-more = 位于 { $url } 的 LRS 给出了指向另一台服务器的 `more` 链接（{ $more }）；程序没有跟随，也没有把凭据发往那里
# `more` 链接兜圈子。
lrs-loop-repeated = 位于 { $url } 的 LRS 又发来了已经发过的一页（它的 `more` 链接在兜圈子）；已在读取 { $pages } 页、{ $statements } 条语句后停止
# 某一页没有任何新语句。
lrs-loop-nothing-new = 位于 { $url } 的 LRS 发来的一页中没有任何此前未发过的语句；已在读取 { $pages } 页、{ $statements } 条语句后停止
# 翻页达到页数上限。
lrs-too-many-pages = 位于 { $url } 的 LRS 中的语句超过 { $max } 页（已在读取 { $statements } 条语句后停止）；请用 --scenario 或 --since 缩小报告范围
# 翻页达到语句数上限。
lrs-too-many-statements = 位于 { $url } 的 LRS 中的语句超过 { $max } 条（已在读取 { $pages } 页后停止）；请用 --scenario 或 --since 缩小报告范围
# 翻页达到时间上限。
lrs-too-long = 读取位于 { $url } 的 LRS 超过了 { $max } 分钟（已在读取 { $pages } 页、{ $statements } 条语句后停止）；请用 --scenario 或 --since 缩小报告范围

## 一局结束后，结果去了哪里（`play` 的结尾、复盘界面）。
# 已发送；在待发队列中等待的 $earlier 局也一并发送。
lrs-sent = 已发送到位于 { $url } 的 LRS（{ $statements } 条语句）{ $earlier ->
        [0] {""}
       *[other] ，并一并发送了此前等待中的 { $earlier } 局
    }。
# 接在 lrs-sent 之后：发送时间已用完，还有 $left 局在等待。
lrs-sent-left = 另有 { $left } 局仍在 { $folder } 中等待，将在下次启动时发送。
# 现在没有发送（LRS 停机、正忙或拒绝了凭据）；这一局在待发队列中等待。
lrs-spooled = 尚未发送：{ $why }。这 { $statements } 条语句在 { $folder } 中等待，将在下次启动时发送。
# 因为地址有误而没有发送；这一局在待发队列中等待，直到地址改好。
lrs-spooled-fix-url = 尚未发送：{ $why }。这 { $statements } 条语句在 { $folder } 中等待；请改正 LRS 地址（在设置文件中，或用 --lrs），之后它们会在下次启动时发送。
# LRS 因内容而拒收这一局；它被单独保存。
lrs-rejected = 未发送：{ $why }。这一局保存在 { $file } 中。
# 接在结果之后：待发队列中不是对局的文件已被移走（只提一次）。
lrs-set-aside = 待发队列中有 { $files } 个不是对局的文件，已移到 { $folder }。
# 被移走的一个文件及原因。
lrs-set-aside-file = 已移出待发队列：{ $file }：{ $why }
# 发送之前，待发队列中还有此前的对局在等待。
lrs-play-sending = 正在发送到位于 { $url } 的 LRS，待发队列中还有 { $waiting } 局此前的对局在等待（最多用 { $secs } 秒；剩下的在下次启动时发送）…

## 待发队列。
# 无法创建待发队列文件夹。
lrs-spool-create = 无法创建待发队列 { $dir }：{ $why }
# 语句无法编码为 JSON。
lrs-spool-encode = 无法编码这些语句：{ $why }
# 无法写入待发队列。
lrs-spool-write = 无法写入待发队列 { $dir }：{ $why }
# 待发文件无法放到位。
lrs-spool-save = 无法保存 { $file }：{ $why }
# 对局记录无法转成 xAPI 语句；$why 指出是哪个字段。
lrs-spool-xapi = 这一局无法以 xAPI 发送：{ $why }

## 设置文件。
# 无法读取设置文件。
lrs-settings-unreadable = 无法读取设置文件 { $file }：{ $why }
# 不是普通文件，或太大。
lrs-settings-not-settings = 设置文件 { $file } 不是有效的设置文件（应为小于 1 MB 的普通文件）
# 文件中的错误；$at 是 :行:列；$message 是 TOML 解析器的说法。
lrs-settings-mistake = 设置文件 { $file }{ $at }：{ $message }
# 密码所在行的错误：绝不显示它的值。
lrs-settings-password = 设置文件 { $file }{ $at }：[lrs] 下的 password 必须是带引号的文本，例如 password = "…"（这里不显示它的值）
# 玩家名为空。
lrs-settings-empty-player = 玩家名为空；请给出名字（--player 名字）
# LRS 地址为空。
lrs-settings-empty-url = LRS 地址 { $url } 为空

## 发送前的警告（每条一行，输出到标准错误）。
# 经明文 http 把凭据发往另一台机器。
lrs-warn-plain-http = 警告：位于 { $url } 的 LRS 使用明文 http://，密码在网络上传输时沿途任何人都能读到；请使用 https://
# 设置文件中的凭据不会发给用 --lrs 指定的其他 LRS。
lrs-warn-withheld = 提示：{ $file } 中的凭据只属于该文件所指定的 LRS，因此不会发送到 { $url }；如要用于这个 LRS，请设置 KEY_ACCOUNT_LRS_USER 和 KEY_ACCOUNT_LRS_PASSWORD
# 含密码的设置文件可被其他用户读取；$mode 形如 644。
lrs-warn-readable = 警告：{ $file } 中有 LRS 密码，而其他用户可以读取该文件（权限 { $mode }）；请只允许自己读取：chmod 600 { $file }

## `report --lrs`。
# 一条语句，报告中用来说明一局来自哪里。
lrs-statement = 语句 { $id }
# 声称同一个对局记录文件的几条语句为何都被略去。
lrs-skip-conflict = 它的对局记录文件 { $file } 也被 { $others }（另一次注册）声称；这几条都不计入
# --since 不是时间。
lrs-since = --since { $since } 不是形如 2026-01-31T09:00:00Z 的时间
# 读取各页时在标准错误上显示的进度。
lrs-progress = 正在读取 LRS：{ $pages } 页，{ $statements } 条语句
# 对文件夹使用了 --scenario 或 --since。
lrs-report-filters-need-lrs = --scenario 和 --since 只能与 --lrs URL 一起使用；文件夹的报告会读取其中所有记录
# 既没有文件夹也没有 --lrs。
lrs-report-folder-or-lrs = 请给出一个文件夹或 --lrs URL
