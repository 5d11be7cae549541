### 游戏窗口：各个界面自己的文字（案例和项目中的文字来自 sim.ftl）。

## 通用。

# 窗口标题栏。
game-window-title = 大客户销售
# 名字列表：已有的列表，再加下一个（“周主任、小王”）。
game-list = { $list }、{ $next }
# 人物及括号中的职务（任务简报中已认识的人）。
game-name-title = { $name }（{ $title }）
# 职务和部门，或姓名和职务（人物面板、地图节点的提示）。
game-comma = { $first }，{ $second }
# 标题界面、暂停菜单和复盘中的按钮。
game-quit = 退出
# 标题界面的按钮。
game-choose-a-deal = 选择项目
# 语言按钮前的文字（标题界面、暂停菜单）。
game-language = 语言：

## 标题界面。

game-title = 大客户销售
game-title-about = 销售培训模拟：按真正赢下大单的方式，拿下一个大项目。
game-title-five-steps = 大客户销售五步
game-title-step-1 = 1. 分析采购流程：每个阶段谁说了算
game-title-step-2 = 2. 分析组织结构：有哪些部门，由谁来协调
game-title-step-3 = 3. 明确各部门职能与立场：支持者、中立者、反对者
game-title-step-4 = 4. 主动获取有效信息：创造理由，弄清真正起决定作用的因素
game-title-step-5 = 5. 找到关键人物：谁做决定，谁在影响他们
# 按钮下方的键盘提示。
game-title-keys = 可用鼠标或键盘：Tab 键或方向键移动，回车键确认，数字键执行带编号的行动，Esc 打开菜单，Ctrl + 和 Ctrl - 调整文字大小。

## 项目列表（选择界面）。

# 返回标题界面的按钮。
game-back = 返回
# 两个或更多案例文件夹：已有的列表，再加下一个。
game-picker-and = { $list } 和 { $next }
game-picker-folders = 案例来自 { $folders }。游戏运行时修改文件，这个列表会随之更新。
game-picker-none = 没有找到 .ron 案例文件。
# 项目标题旁：难度、时长和文件。
game-picker-about = { $difficulty } · 约 { $minutes } 分钟 · { $path }
game-picker-play = 开始：{ $title }
game-picker-broken = { $path } 无法进行
game-picker-loading = 正在加载 { $path }…
game-picker-gone = { $file } 已从磁盘上删除。最后一个可用版本仍然可以玩。
game-picker-errors-last-good = 文件有错误。在你修正之前，最后一个可用版本仍然可以玩：
game-picker-errors = 文件有错误：
game-picker-unreadable = 无法读取 { $path }：{ $why }
game-difficulty-tutorial = 教程
game-difficulty-easy = 简单
game-difficulty-medium = 中等
game-difficulty-hard = 困难

## 任务简报。

# 列表中的一行。
game-bullet = • { $text }
game-briefing-you = 你是{ $company }的{ $salesperson }，要向{ $buyer }销售{ $product }。种子 { $seed }。
game-briefing-story = 背景
game-briefing-objective = 目标
game-briefing-day-one = 第一天你已经知道的
# 项目开始前已经认识的人。
game-briefing-known = • 你已经认识{ $people }。
game-briefing-decides = • 客户将在第 { $day } 天做出决定。你还有 { $left }，预算 { $budget }。
game-briefing-process = 客户的采购流程
# 日历中的一个阶段。
game-briefing-stage = 第 { $day } 天  { $stage }
game-briefing-decision = 第 { $day } 天  做出决定
game-briefing-enter = 进入项目
game-briefing-back = 返回项目列表

## 项目界面的顶栏和下方的提示条。“-short”：窗口较窄时的用词。

game-bar-day = 第 { $day } 天 / 第 { $decision } 天决策 · 还剩 { $left }
game-bar-day-short = 第 { $day }/{ $decision } 天
game-bar-budget = 剩余预算：{ $money }
game-bar-budget-short = 预算：{ $money }
game-bar-price = 你的报价：{ $money }
game-bar-price-short = 报价：{ $money }
game-wait-a-day = 等一天
game-wait-a-day-short = 等 1 天
game-wait-a-day-tip = 让一天过去：竞争对手会有动作，采购阶段会向前推进。
game-await-decision = 等待客户决策
game-await-decision-short = 等决策
game-await-decision-tip = 让日历一直走到第 { $day } 天，客户在那一天做出决定，项目随之结束。
game-menu = 菜单 (Esc)
game-menu-short = 菜单
# 项目拒绝的行动及原因（提示条中）。
game-refused = { $action }：{ $why }。
game-banner-broken = 案例文件现在有错误（见项目列表）。你正在玩的是最后一个可用版本。
game-banner-changed = 案例文件在磁盘上已被修改。
game-banner-restart = 用新版本重新开始

## 顶栏下方的日历条。

# 今天所在的阶段。
game-calendar-today = ▶ { $stage } · 今天：第 { $day } 天
# 阶段的提示：起止日期，以及案例对它的说明。
game-calendar-stage-tip = { $stage }：第 { $from } 天到第 { $to } 天（{ $days }）。{ $about }
game-calendar-decision = 决策：第 { $day } 天

## 影响关系图（项目界面；复盘中画两次）。

game-map-heading = { $company }：谁是谁
game-map-about = 你的地图：你认识的人、你做的标记，以及你已发现的谁影响谁。选择一个人物，与其打交道。
# 不属于任何部门的人物分组，及其提示。
game-map-outside = 组织架构之外
game-map-outside-about = 自己没有决定权，却能影响有决定权的人。
# 大地图的分组：全部展开，或再收起。
game-map-more = + 还有 { $more } 人
game-map-show-fewer = 收起
# 已会见过的人物下方。
game-map-met = 已会见
# 立场标记：形状和立场（“▲ 支持者”）。
game-stance-mark = { $shape } { $stance }
game-stance-unmarked = ? 立场
game-stance-tip-supporter = 支持者：更倾向你的方案。
game-stance-tip-neutral = 中立者：两边都有可能。
game-stance-tip-opponent = 反对者：更倾向竞争对手，或维持现状。
game-stance-tip-none = 尚未标记立场。
game-role-unmarked = 角色 ?
game-role-unmarked-tip = 尚未标记角色。
# 地图节点上的角色标签（中文直接用角色名）。
game-role-short-decision-maker = 决策者
game-role-short-technical-buyer = 技术把关者
game-role-short-user-buyer = 使用者
game-role-short-approver = 审批者
game-role-short-coach = 内线
game-role-short-gatekeeper = 守门人
game-role-short-influencer = 影响者
game-role-short-economic-buyer = 经济决策者
# 角色的提示（地图节点、权力地图按钮）。
game-role-tip-decision-maker = 决策者：做出最终决定，并可以否决。
game-role-tip-technical-buyer = 技术把关者：审查方案是否符合技术要求。
game-role-tip-user-buyer = 使用者：今后每天都要使用所采购的产品。
game-role-tip-approver = 审批者：财务或其他审批人，审核预算和条款。
game-role-tip-coach = 内线：希望你赢，并告诉你客户内部是怎么运作的。
game-role-tip-gatekeeper = 守门人：把控着你接触其他人的渠道。
game-role-tip-influencer = 影响者：不在正式流程中，却能影响做决定的人。
game-role-tip-economic-buyer = 经济决策者：掌握支付这个项目的预算；可以否决中选的一方。
# 地图下方：标记的含义，然后是箭头。
game-map-legend = ▲ 支持者  ● 中立者  ▼ 反对者  ? 尚未标记 · 标签为你标记的角色，悬停可查看说明
game-map-legend-sways = ▶ 影响：蓝色在组织架构内，琥珀色来自组织架构外；越粗影响越强

## 人物面板（项目界面中间一栏）、其中的会谈和权力地图。

game-person-none = 在地图上选择一个人物。
game-person-met = 已会见 { $times } 次 · 关系 { $relationship }
game-person-not-met = 你还没有见过此人。
# 编号行动上方的小标题：会谈中，或会见过之后。
game-person-replies = 接下来你可以
game-person-can-do = 你可以做的
game-person-meet-again = 再次会见
game-person-meet-tip = 需要 { $days }。本次会见可以提 { $questions } 个问题。
# 按钮上的问题；问题的措辞来自案例。
game-person-ask = 问：{ $question }
game-person-ask-concerns = 问：您最看重的是什么？
game-person-ask-tip = 占用本次会见的一个问题；不额外花时间。
# 暂时不能做的事下方：原因。
game-not-now = 暂不可用：{ $why }
game-person-cares = 此人关注什么（目前所知）
game-person-cares-nothing = 还不知道。去会见并提问吧。
# 了解到的关注点及其分量（“价格（非常看重）”）。
game-person-concern = • { $concern }（{ $weight }）
# 了解到的角色（列表）。
game-person-found-role = 你弄清了此人的角色：{ $roles }。
game-person-found-no-role = 你弄清了此人的角色：在这次采购中没有角色。
# 了解到的立场。
game-person-found-stance = 你弄清了此人的立场：{ $stance }。
game-power-map = 你的权力地图
game-power-map-about = 你对此人的判断；复盘时会与真实情况对照计分。角色（可多选）：
game-power-map-stance = 立场（单选）：
game-power-map-unknown = ? 不清楚
game-power-map-free = 标记不花钱，也不花时间。
# 会谈：和谁、用了几天、还能问几个问题。
game-talk-heading = 与{ $name }会谈
game-talk-about = 第 { $from } 天 → 第 { $to } 天：这次会见用了 { $took }。本次会见还能再问 { $questions } 个问题；提问不额外花时间。
# 人物说的话（会谈、事件记录）。
game-said = { $who }：“{ $text }”
# 学员说的话（会谈、事件记录）。
game-you-said = 你：{ $text }
game-talk-end = 结束会见

## 策略面板。

game-tactics = 策略
# 策略的代价：天数、费用、成功率、合规风险，以“ · ”连接。
game-tactic-no-time = 不花时间
game-tactic-free = 免费
game-tactic-odds = 成功率 { $odds }
game-tactic-risk = 合规风险 { $risk }
# 策略的提示中。
game-tactic-cost = 代价：{ $cost }。
game-tactic-breaks-policy = 这违反了客户关于礼品和招待的规定。
game-tactics-unavailable = 暂不可用
game-tactics-more = ……另有 { $more } 个暂不可用。

## 策略下方的标签页：笔记、事件记录、竞争对手、五步清单。

game-tab-notebook = 笔记
game-tab-log = 事件记录
game-tab-rivals = 竞争对手
game-tab-checklist = 五步清单
game-notebook-heading = 笔记：已获得的信息
game-log-heading = 事件记录
game-log-empty = 还什么都没有发生。
# 事件记录中某一天的行动；行动的措辞来自项目。
game-log-entry = 第 { $day } 天：{ $action }
game-rivals-heading = 你对竞争对手的了解
game-rival-status-quo = • { $name }（维持现状）
game-rivals-moves = 他们做了什么
# 竞争对手的动作：对手，再加案例对其动作的描述。
game-rival-move = 第 { $day } 天：{ $rival } { $what }
# 案例没有点名的竞争对手。
game-rival-unknown = 一家竞争对手
game-checklist-heading = 大客户销售五步

## 暂停菜单（在项目界面按 Esc）。

game-pause-heading = 已暂停
game-pause-about = 项目会一直等你回来继续。
game-pause-resume = 继续 (Esc)
game-pause-restart = 重新开始本项目（同一种子）
game-pause-new-seed = 换一个种子重新开始
game-pause-another-deal = 选择其他项目
game-pause-text-smaller = 文字缩小
game-pause-text-bigger = 文字放大

## 复盘。

# 顶部的大字结论。
game-debrief-won = 你赢单了
game-debrief-lost = 丢单：{ $winner }赢得了项目
game-debrief-kept = 未作决定：客户维持现状，继续用{ $kept }
game-debrief-no-decision = 未作决定
game-debrief-disqualified = 被客户的合规部门取消资格
game-debrief-not-over = 项目尚未结束
game-debrief-score = 得分 { $points } / { $max }
game-debrief-about = { $title } · 种子 { $seed } · 第 { $day } 天做出决定
game-debrief-saved = 对局记录已保存：{ $path }
game-debrief-not-saved = 你的对局记录无法保存：{ $why }
# 把对局发送到学习记录存储（LRS）。
game-debrief-sending = 正在把结果发送到 LRS（{ $url }）…
game-debrief-not-sent = 未发送到 LRS：{ $why }
game-debrief-replay = 重玩（同一种子）
game-debrief-new-seed = 换一个种子再玩
game-debrief-another-deal = 选择其他项目
# 发生在某一天的得分说明；说明的措辞来自项目。
game-dated = 第 { $day } 天：{ $text }
# 并排的两张地图。
game-debrief-your-map = 你的地图
game-debrief-your-map-about = 决策时你做的标记，以及你发现的影响关系。
game-debrief-truth = 真实情况
game-debrief-truth-about = 决策时真实的角色和立场，以及谁真正影响了谁。

## 复盘中的“假如当初”。

game-cf-heading = 假如当初
game-cf-how = 从你的每个关键决定出发，按五步走的打法继续下去，在 { $replays } 种可能的未来中重放，并与你自己从那里开始的做法对比。
game-cf-working = 正在推算…
game-cf-searched = 已搜索：从你的 { $points } 个决定出发，按五步走的打法继续下去，在 { $replays } 种可能的未来中重放（运气重新来过，客户保持真实情况），并与你自己从同一时间点开始的做法对比。
game-cf-best = 最好的打法在 { $replays } 次重放中赢了 { $wins } 次
game-cf-nothing-lost = 没有哪一种打法明显好于你自己的做法（{ $best }）：这个项目需要不止一处改变。得分明细说明了缺了什么。
game-cf-nothing-won = 没有哪一种打法明显好于你的做法（{ $best }）。
# 一种打法的标题：它教的是哪一步（或没有），以及从哪一天开始。
game-cf-better-line = 更好的打法
game-cf-step = { $part }
game-cf-from-day = { $step } · 从第 { $day } 天起
# 这种打法和学员自己做法的胜率，旁边是进度条。
game-cf-this-line = 这种打法
game-cf-your-moves = 你的做法
game-cf-won = { $replays } 次重放中赢 { $wins } 次
game-cf-average = 平均得分 { $score }，你自己的做法为 { $own }。

## 游戏窗口无法打开时在终端上显示（在 “key-account: ” 之后）。

game-run-no-window = 无法打开游戏窗口：{ $why }
game-run-x11-only = 这个版本只能通过 X11 显示，但没有设置 DISPLAY；请在 XWayland 下运行（大多数 Wayland 桌面会自动启动它；请设置 DISPLAY），或用 `xvfb-run` 运行
game-run-no-display = 没有显示器（没有设置 DISPLAY）；请在桌面会话中运行，或用 `xvfb-run` 运行
game-run-cannot-start = 无法启动游戏窗口：{ $why }
game-run-no-gpu = 没有可用的 GPU、显卡驱动或显示器（在 Linux 上可以使用 Mesa 的 Vulkan 驱动 lavapipe：见 scripts/setup.sh）
