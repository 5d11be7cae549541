### 命令行：各命令为学员或培训师输出的文字。

## 多个命令共用。
cli-has-errors = { $file } 有错误；请修改后再试
cli-no-outcome = 项目没有结果

## play：在终端里进行一个项目。
play-objective = 目标：{ $objective }
play-script-is-folder = 这是一个文件夹，不是命令文件
play-cannot-read-script = 无法读取脚本 { $file }
play-standard-input = 标准输入
play-too-many-lines = { $source }：超过 { $max } 行；一个项目只需几十条命令。未保存对局记录。
play-record-full = 本局的操作已达对局记录的上限（{ $mib } MiB）：客户现在做出决定。
play-script-broken = { $source }：{ $why }。未保存对局记录。
play-day-action = 第 { $day } 天：{ $action }
play-not-now = 现在不行：{ $why }。
play-too-late = 现在不行：客户已经作出决定，项目已结束；`{ $command }` 及其后的命令都不会执行（权力地图随决策关闭）。
play-verdict-won = 赢单
play-verdict-lost = 输给了{ $winner }
play-verdict-kept = 未作决定（保留{ $kept }）
play-verdict-no-decision = 未作决定
play-verdict-disqualified = 被取消资格
play-debrief = == 复盘：第 { $day } 天{ $verdict } — 得分 { $score } / { $max }
play-debrief-day = 第 { $day } 天：
play-no-data-folder = 未保存对局记录：本系统没有数据文件夹；请使用 --results 目录（或 --no-record）
play-record-not-saved = 未保存对局记录
play-record-saved = 对局记录已保存：{ $file }

## play 的查看命令（help、notes、map、people、steps、rivals）。
play-status = 第 { $day } 天（共 { $decision } 天）· 阶段：{ $stage } · 剩余预算：{ $budget }
play-people = 人物：
play-person = { $name } — { $title }
play-met-mark = （已见面）
play-available-now = 现在可以做：
play-not-yet = 暂时不行：
play-help-power-map = 权力地图：role 人物 角色 · unrole 人物 角色 · stance 人物 supporter|neutral|opponent|unknown
play-help-review = 查看：notes · map · people · steps · rivals · help
play-notebook = 笔记：
play-map = 权力地图（你的判断；真相在复盘时揭晓）：
play-role-unmarked = 角色 ?
play-stance-unmarked = 立场 ?
play-found-out = · 已查明：{ $roles }
play-outside = 公司外部
play-person-line = { $name }，{ $title }（{ $department }）· 关系 { $relationship } · { $met ->
    [0] 未见面
   *[other] 见过 { $met } 次
}
play-concern = { $concern }（{ $priority }）
play-cares-about = 关注：{ $concerns }
play-cannot-meet-yet = 暂时无法会见：{ $why }
play-stage = 阶段：{ $stage }（第 { $start } 到 { $end } 天）
play-offers = 各方报价（就你所知）：
play-yours = （你的）
play-no-rival-move = 还没有听说竞争对手有什么行动。
play-a-rival = 一家竞争对手
play-rival-move = 第 { $day } 天：{ $vendor }{ $text }

## strings：案例的翻译。
strings-export-which-language = 请指明要翻译成的语言：`key-account strings export 案例文件 --lang zh-CN`
strings-which-language = 无法从文件名判断 { $file } 的语言；请指明：--lang zh-CN
strings-cannot-read = 无法读取字符串表 { $file }
strings-cannot-write = 无法写入字符串表 { $file }
strings-fix-first = { $file } 有错误；请先修改（或把它移走，重新开始一张表）
strings-not-imported = 未导入 { $file }；请修改上面的错误后重新导入
strings-exported = 已写入 { $file }：共 { $texts } 条文字，已翻译 { $done } 条，过期 { $stale } 条。请填写 “translation” 列，修改过期译文后清除 “stale”，然后运行 `key-account strings import`。
strings-imported = 已保存 { $file }：共 { $texts } 条文字，已翻译 { $done } 条，过期 { $stale } 条。
cli-cannot-write = 无法写入 { $file }
report-csv-written = CSV 已写入 { $file }
report-html-written = HTML 已写入 { $file }

## check：每个文件一行，然后是总计。
check-failed = 未通过
check-ok = 通过
check-counts = { $errors } 个错误，{ $warnings } 个警告
check-summary = 检查了 { $files } 个文件：{ $errors } 个错误，{ $warnings } 个警告

## replay：重放一条对局记录。
replay-no-scenario = 在 { $file } 或 { $folder } 中找不到 id 为 "{ $id }" 的有效案例
replay-same = 结果相同：{ $outcome }，{ $points } 分（{ $scenario }，学员 { $player }，种子 { $seed }，{ $file }）
replay-scenario-changed = 这条记录生成之后案例已修改：{ $file } 的哈希是 { $now }，记录中是 { $recorded }。
replay-still-same = 重放的结局仍然相同：{ $detail }。
replay-ends-differently = 重放的结局不同：{ $detail }。
replay-different = 同一案例得出了不同结果：{ $detail }。

## export-xapi。
export-written = 已将 { $records } 条记录的 { $statements } 条语句写入 { $file }
export-sent = 已将 { $records } 条记录的 { $statements } 条语句分 { $requests } 次请求发送到 { $url }
export-failed = { $why }（此前已发送 { $sent } 条语句；重新发送不会重复存储）
cli-error = 错误：{ $error }
cli-cannot-read = 无法读取 { $file }
cli-no-scenarios = { $folder } 中没有 .ron 案例文件

## new：一个入门案例。
new-is-a-path = "{ $name }" 是一个路径；请给案例起一个简单的名字，并用 --dir 指定文件夹，例如 `key-account new hospital --dir scenarios`
new-no-letters = 请给案例起一个含字母或数字的名字，例如 `key-account new hospital`
new-exists = { $file } 已经存在；请换个名字或先删除它
new-written = 已写入 { $file }。下一步：key-account check { $file } && key-account balance { $file }
play-locked = { $action }：{ $why }

## balance：机器人测试的结果，给培训师看。（JSON 输出始终为英文。）
balance-too-easy = 随机乱玩也能赢下大部分项目（{ $share }%）：太容易了
balance-unwinnable = 连全知的预言机（掌握全部信息且运气最好）也从未赢过：要么无法获胜，要么制胜路线超出了它的搜索范围
balance-student-never-wins = 按五步走的学员机器人从未赢过：只有全知或运气才能赢下这个项目
balance-teaches-nothing = 案例没有声明它教哪一步（`teaches: [..]`），所以没有任何课程被检验
balance-fact-never-found = 没有任何机器人找到过信息 "{ $id }"
balance-tactic-never-used = 没有任何机器人用过策略 "{ $id }"
balance-person-never-met = 没有任何机器人见过 "{ $id }"
balance-expectation = { $about } [{ $policy }，{ $runs } 局]
balance-not-measured = 在 { $runs } 局中有 { $unhonoured } 局，机器人无法完成所有必需的行动（{ $actions }）：那里从不允许这样做，因此结果无法衡量它；请让它可以达成，或从 `require` 中去掉
balance-win-rate-at-most = 赢单率 { $got }%（最多 { $bound }%）
balance-win-rate-at-least = 赢单率 { $got }%（至少 { $bound }%）
balance-best-margin-at-most = 赢单时保住的最大利润空间 { $got }%（最多 { $bound }%）
balance-no-margin = 一局也没赢，所以没有保住利润空间（至少 { $bound }%）
balance-margin-at-least = 赢单时保住的平均利润空间 { $got }%（至少 { $bound }%）
balance-score-at-least = 平均得分 { $got }（至少 { $bound }）
balance-score-at-most = 平均得分 { $got }（最多 { $bound }）
balance-part-at-least = { $part }平均 { $got }（至少 { $bound }）
balance-part-at-most = { $part }平均 { $got }（最多 { $bound }）
balance-gate-student = 按五步走的学员机器人只赢了 { $got }% 的项目（至少需要 { $bound }%）：无法用它来衡量任何一课
balance-gate-skip = 跳过第 { $step } 步仍能赢 { $got }% 的项目（最多 { $bound }% 才算这一课有效）
balance-gate-partial = 第 { $step } 步只做一半（{ $variant ->
        [late_start] 起步晚
        [stage_early] 提前一个阶段
        [half_departments] 只做一半部门
        [no_gatekeeper] 绕过把关人
        [not_what_they_value] 不问决策者看重什么
       *[other] { $variant }
    }）仍能赢 { $got }% 的项目（最多 { $bound }% 才算这一课有效）
balance-has-errors = { $file } 有错误；请先修改（key-account check）
balance-threads = 无法启动 { $jobs } 个线程
balance-json-failed = 无法写出 JSON 报告
balance-failed = 有课程或预期没有通过。
balance-deals = 局
balance-example = 例如（种子 { $seed }，得分 { $score }）：{ $line }
balance-pass = 通过
balance-fail = 未通过
balance-warning = 警告：{ $what }
balance-policies-header = 策略             局数   赢单  得分 最低 / 下四分位 / 中位 / 上四分位 / 最高  各部分平均（结果、第1-5步、职业道德）
balance-step-1 = 采购流程
balance-step-2 = 组织结构
balance-step-3 = 职能与立场
balance-step-4 = 主动获取信息
balance-step-5 = 关键人物
balance-lesson-row = { $runs } 局  赢单 { $wins }%  （95% 区间 { $low }-{ $high }%）  保住利润 { $margin }%
balance-lessons = 课程（学员机器人只能看到学员能看到的；教第 { $steps } 步）：
balance-none-declared = 未声明
balance-taught = <- 所教
balance-skip-step = 跳过第 { $step } 步（{ $name }）
balance-partial-row = 只做一半：{ $variant ->
        [late_start] 起步晚
        [stage_early] 提前一个阶段
        [half_departments] 只做一半部门
        [no_gatekeeper] 绕过把关人
        [not_what_they_value] 不问决策者看重什么
       *[other] { $variant }
    }（第 { $steps } 步）
balance-student = 学员（五步全做）
balance-oracle = 预言机
balance-oracle-note = （上限：全知且运气最好，不是学员）
balance-best-line = 学员的最佳路线（得分 { $score }，种子 { $seed }）：{ $line }
balance-typical-line = { $who }的典型一局（{ $won ->
        [yes] 赢
       *[no] 输
    }，得分 { $score }，种子 { $seed }）：{ $line }
balance-gate-pass = 课程检验通过：所教的每一步都有效
balance-gate-fail-step = 课程检验未通过，第 { $step } 步：{ $what }
balance-gate-fail = 课程检验未通过：{ $what }
balance-expectation-line = { $status } { $expectation }：{ $measured }
balance-policy-random = 随机
balance-policy-greedy = 贪心
balance-policy-student = 学员
balance-policy-skip = 跳过第 { $step } 步
balance-policy-partial = 只做一半：{ $variant ->
        [late_start] 起步晚
        [stage_early] 提前一个阶段
        [half_departments] 只做一半部门
        [no_gatekeeper] 绕过把关人
        [not_what_they_value] 不问决策者看重什么
       *[other] { $variant }
    }
balance-policy-oracle = 预言机

## `balance`：机器人为何赢、为何输（谁的票、典型一局、`--explain`）。
balance-wrong-reason = 课程门槛通过了，但原因不对：{ $variant ->
        [late_start] 起步晚
        [stage_early] 提前一个阶段
        [half_departments] 只做一半部门
        [no_gatekeeper] 绕过把关人
        [not_what_they_value] 从不问决策者看重什么
       *[other] 跳过第 { $steps } 步
    }输在 { $through } 身上，而第 { $steps } 步讲的是 { $about }；请让这一课自己的人来决定结果（见 `balance --explain`）
balance-oracle-below-student = 预言机赢了 { $oracle }%，低于学员的 { $student }%：在这里它不是胜率的上限。它保留得分最高的路线（一次搜索 { $beam } 条路线，或在真实对局上走学员的路线），而这里得分更高的路线反而更常输：请检查是哪些得分项奖励了输掉的路线
balance-lost-through = { $who }丢掉了这些人的票：{ $people }
balance-lost-nobody = 与学员相比，{ $who }没有丢掉任何投票人的票（它输在标书被淘汰、否决、平票或维持现状）
balance-swing = { $name }（支持你：{ $student }% → { $skipper }%）
balance-still-ours = 这一步讲的是他们，但在它的大多数对局里他们仍支持你：{ $people }
balance-hint-student = 可以改什么：下面学员的典型败局显示它缺了谁的票（`balance --explain` 会逐项拆开）；放宽他们的 `access`，降低对手对他们的 `courts`，或给他们做决定的阶段更多天数
balance-hint-1 = 可以改什么：把一个阶段设为 `gate: true`（阶段结束时，若没有与其中任何人打过交道，标书就被淘汰），在每个阶段列出关键的人（`stages`），或加大 `pace.stage_missed`、设 `pace.stage_missed_closes: true`
balance-hint-2 = 可以改什么：给跳过者漏掉的部门更多 `influence`、在 `decision.veto_by` 里给一个角色，或提高 `decision.consensus`，让一个部门撑不起整场投票
balance-hint-3 = 可以改什么：降低反对者的 `disposition`，让反对者影响投票人（`influences`），或在 `decision.veto_by` 里给他们一个角色（并设 `veto: true`）
balance-hint-4 = 可以改什么：让赢下项目的策略需要一个关键信息（`requires: [Known("fact")]`，该信息 `key: true`）或决策者看重的东西（`ConcernsAsked("person")`），设他们 `candid: false`，或让一个信息在信任足够时才说（`Trusted(n, Ask(..))`）
balance-hint-5 = 可以改什么：把关键人物放在 `access` 之后（`Introduction`、`AnyOf`），给他们更多 `influence` 或否决权（`decision.veto_by`），或让对手去争取他们（`courts`）
balance-explain-header = 原因（把机器人的对局重放并逐项拆开；这是培训师的视角，显示学员看不到的真相）：
balance-explain-policy = { $who }：{ $runs } 局，赢 { $wins } 局
balance-explain-win = 典型的一场胜局（种子 { $seed }，得分 { $score }）：{ $line }
balance-explain-loss = 典型的一场败局（种子 { $seed }，得分 { $score }）：{ $line }
balance-explain-typical = 在它典型一局的结尾（种子 { $seed }，{ $won ->
        [yes] 赢
       *[no] 输
    }），每一票：
balance-explain-replay-differs = （从同一种子重放这条路线，结果不同：这份解释可能与那一局不符）
balance-explain-vote = { $name }（{ $weight } 票）投给 { $choice }{ $vetoed ->
        [yes] ，并否决了胜者
       *[no] {""}
    }：你 { $ours }，对比 { $other } { $theirs }（{ $margin }）
balance-explain-vote-out = { $name }（{ $weight } 票）投给 { $choice }：你的方案已出局
balance-explain-parts = = { $parts }
balance-explain-start = 起始关系 { $x }
balance-explain-since = 此后的关系 { $x }
balance-explain-concern = { $concern } { $x }（权重 { $share }%，得分 { $ours } 对 { $theirs }）
balance-explain-even = 他们看重的都不计入 { $x }
balance-explain-sway = 来自 { $from } 的影响 { $x }（强度 { $strength }）
balance-explain-moves = 改变最大的几步：{ $moves }
balance-explain-move = 第 { $day } 天 { $action } { $x }
balance-explain-nobody = 无人
balance-dropped = { $who }：在 { $runs } 局中有 { $deals } 局，标书在“{ $stage }”的关口被淘汰
balance-wrong-reason-short = <- 不是输在这一步讲的那些人身上（见下面的警告）
