### 交易中的文字：行动名称、行动不可用的原因、事件记录、会谈、五步清单和复盘。

## 输入的一行不是命令时的原因（play、脚本），显示在 “? ” 之后。
parse-no-person = 请用 id 指明一个人
parse-unknown-person = 没有 id 为 "{ $id }" 的人
parse-no-question = 请用 id 指明一个问题
parse-unknown-question = 没有 id 为 "{ $id }" 的问题
parse-no-tactic = 请用 id 指明一个策略
parse-unknown-tactic = 没有 id 为 "{ $id }" 的策略
parse-no-role = 请指明一个角色，例如 decision_maker
parse-unknown-role = 没有角色 "{ $id }"；角色有：decision_maker、economic_buyer、technical_buyer、user_buyer、approver、coach、gatekeeper、influencer
parse-stance = 立场只能是 supporter、neutral、opponent 或 unknown
parse-days = "{ $days }" 不是天数
parse-unknown-command = 未知命令 "{ $command }"；可用命令：meet、ask、needs、tactic、role、unrole、stance、wait、decide
parse-empty = 空命令

## 行动的名称（按钮和事件记录中）。
action-meet = 会见{ $name }
action-ask = 问{ $name }：{ $question }
action-ask-concerns = 问{ $name }最看重什么
action-mark-role = 把{ $name }标为{ $role }
action-unmark-role = 取消{ $name }的{ $role }标记
action-mark-stance = 把{ $name }标为{ $stance }
action-wait = { $days ->
    [one] 等一天
   *[other] 等 { $days } 天
}
action-await-decision = 等待客户决策

## 行动现在不可用的原因（在行动名称和冒号之后）。
cond-stage = 只能在“{ $stage }”阶段
cond-before = 只能在“{ $stage }”阶段之前
cond-from = 从“{ $stage }”阶段起才可以
cond-known-hint = 你需要先弄清楚：{ $hint }
cond-known = 需要一条你还没有掌握的信息
cond-met = 先会见{ $name }
cond-relationship = 需要与{ $name }的关系达到 { $at_least }
cond-concerns-asked = 先问{ $name }最看重什么
cond-used = 先使用“{ $tactic }”
cond-not-used = 不能在“{ $tactic }”之后使用
illegal-finished = 项目已经结束
illegal-no-such-thing = 本项目中没有这个行动
illegal-unknown-person = 你还不知道这个人
illegal-no-questions-left = 没有时间再提问了：再次会见{ $name }
illegal-already-asked = 你已经问过了
illegal-needs-introduction = 需要{ $name }引荐
illegal-needs-fact = { $name }没有理由不会见你：先找到一个理由
illegal-wrong-stage = 只能在{ $stages }阶段
illegal-not-enough-days = 需要{ $need }，离决策只剩{ $left }
illegal-not-enough-budget = 需要{ $need }，预算只剩{ $left }
illegal-already-used = 已经做过了
illegal-zero-wait = 等待零天没有任何作用

## 事件记录：每件事一行。
event-met-first = 你第一次会见了{ $name }。
event-met-again = 你再次会见了{ $name }。
event-learned = 获知：{ $fact }
event-concern-learned = { $name }关注{ $concern }（{ $priority }）。
event-roles-learned = 你现在知道了{ $name }在采购中的角色：{ $roles }。
event-stance-learned = 你现在知道了{ $name }的立场。
event-person-discovered = 地图上出现新人物：{ $name }，{ $title }。
event-no-answer = { $name }对此无可奉告。
event-nothing-new = { $name }没有告诉你任何新东西。
event-guarded = { $name }不愿透露自己看重什么。
event-tactic-succeeded = “{ $tactic }”奏效了。
event-tactic-failed = “{ $tactic }”没有成功。
event-caught = 客户的合规部门发现了“{ $tactic }”。
event-relationship-rose = { $name }与{ $vendor }的关系提升了 { $by }（现为 { $now }）。
event-relationship-fell = { $name }与{ $vendor }的关系下降了 { $by }（现为 { $now }）。
event-score-changed = { $vendor }的方案在“{ $concern }”上的得分现为 { $now }。
event-price-changed = { $vendor }的价格现为{ $price }。
event-price-at-floor = 你不能低于自己的底价{ $price }。
event-price-answered = { $vendor }针对你的降价也降了价：现价为{ $price }。
event-budget-raised = 客户的预算增加了{ $amount }。
event-dropped = “{ $stage }”阶段结束了，这个阶段没有人与你接触过：你的投标被淘汰了。
event-not-yet = { $name }还没准备好谈业务：对方负责的采购环节还没到。
event-stage-missed = “{ $stage }”阶段结束前你没有与{ $name }接触：对方在没有你的情况下拿定了主意。
event-disqualified = { $vendor }已被取消投标资格。
event-rival-move = { $vendor }{ $text }
event-rival-move-blocked = 由于你先行一步，竞争对手的一项行动落空了：{ $text }
event-power-map-updated = 已更新{ $name }的权力地图标记。
event-day = 第 { $day } 天。
event-stage-entered = 客户进入新阶段：{ $stage }。
event-decided = 客户已作出决定。

## 关注点的轻重。
priority-high = 高度重视
priority-medium = 比较重视
priority-low = 不太重视
roles-none = 无采购角色

## 会谈：你说的话、对方的回答、发生的事。
talk-ask-concerns = 这件事上您最看重什么？
talk-you-tactic = 你：{ $tactic }。
talk-meet-first = 你第一次见到{ $name }。
talk-meet-again = 你再次见到{ $name }。
talk-noted = 记下：{ $fact }
talk-you-learn = 你获知：{ $fact }
talk-concern-matters = 我看重的是{ $concern }。
talk-no-answer = 这个我没什么可说的。
talk-nothing-new = 我能说的你都已经听过了。
talk-guarded = 我们还是就方案本身来谈吧。
talk-news = 消息：{ $news }

## 五步清单（游戏面板和 play 的 steps 命令）。
step-1-name = 采购流程
step-1-nobody = 到目前为止的阶段里，没有你所知道的关键人员。
step-1-detail = 在到目前为止的阶段中，{ $due } 位关键人员里你已在其所属阶段接触了 { $in_time } 位。
step-2-name = 组织结构
step-2-detail = 在 { $departments } 个有发言权的部门中，你已会见了其中 { $worked } 个部门的人。
step-3-name = 职能与立场
step-3-detail = 在你认识的 { $known } 人中，你的权力地图已为 { $mapped } 人标明了角色和立场。
step-4-name = 主动获取信息
step-4-detail = 你提了 { $asked } 个问题，亲自获取了 { $found } 条信息。
step-5-name = 关键人物
step-5-unmarked = 你还没有标出谁是决策者。
step-5-met = 你已经会见了你认为的决策者。
step-5-not-met = 你还没有会见你认为的决策者。

## 复盘：结果。$text 是案例自己的复盘文字。
debrief-lost = { $winner }赢得了这个项目。{ $text }
debrief-no-consensus = 未能达成一致：客户保留了{ $kept }。{ $text }
debrief-no-decision = 客户没有作出决定。{ $text }
debrief-disqualified = 合规部门发现了你的行为，客户取消了你的资格。{ $text }
debrief-margin = 你以{ $price }成交，标价{ $list }，底价{ $floor }：保住了 { $kept } 的利润空间。
debrief-dropped = “{ $stage }”阶段结束时你的投标被淘汰：这个阶段的关键人员在此期间都没有与你接触过。
debrief-no-vendor = 无供应商
debrief-vote = { $name }（占 { $share }% 的话语权）选择了{ $choice }。
debrief-veto = { $name }动用否决权推翻了多数人的选择。
debrief-follow-up-deciders = 留给后续服务的关系：{ $share }%（决策者的平均值）。
debrief-follow-up-with = 留给后续服务的关系（{ $names }）：{ $share }%。
debrief-tactic = { $tactic }：{ $text }
debrief-rival-move = 第 { $day } 天：{ $vendor }{ $text }
debrief-rival-countered = 第 { $day } 天：你先行一步阻止了这件事：{ $vendor }{ $text }
debrief-price-answered = 第 { $day } 天：{ $vendor }针对你的降价也降了价，降到{ $price }。

## 复盘，第一步：各阶段的人要在其阶段内接触。
debrief-no-stage-people = 本项目中没有人与特定阶段相关。
debrief-stage-worked = 你在“{ $stage }”阶段（第 { $day } 天）接触了{ $name }，正是对方起作用的时候。
debrief-stage-too-early = 你在“{ $stage }”阶段开始（第 { $start } 天）之前见过{ $name }，但阶段期间没有接触：对方在没有你的情况下拿定了主意。
debrief-stage-missed = 你在“{ $stage }”阶段（第 { $start } 到 { $end } 天）从未接触{ $name }，而那正是对方起作用的时候。

## 复盘，第二步：权力地图上的角色，接触过的部门。
debrief-no-roles = 本项目中没有人担任采购角色。
debrief-role-unmapped = 你没有标出{ $name }的角色：{ $truth }。
debrief-role-guessed = 你在没有查明的情况下把{ $name }标为{ $marked }（猜测不得分）；实际上是：{ $truth }。
debrief-role-right = 你查明并正确地把{ $name }标为{ $truth }。
debrief-role-wrong = 你把{ $name }标为{ $marked }；但你查到的信息表明是{ $truth }。
debrief-no-voting-departments = 本项目中没有部门参与表决。
debrief-department-worked = 你接触了{ $department }：{ $name }。
debrief-department-missed = 你从未接触{ $department }，而这个部门有发言权。

## 复盘，第三步：标出的立场，对反对者和非正式角色所做的工作。
debrief-nobody-has-a-say = 本项目中没有人有发言权。
debrief-stance-right = 你对{ $name }的判断正确：{ $truth }。
debrief-stance-guessed = 你在没有了解对方关注点的情况下把{ $name }标为{ $marked }：猜测不得分。
debrief-stance-wrong = 你把{ $name }标为{ $marked }；决策时对方是{ $truth }。
debrief-stance-unmarked = 你从未标出{ $name }的立场；对方是{ $truth }。
debrief-no-hard-cases = 没有人一开始就反对你，也没有人担任非正式角色。
debrief-opponent-at-start = 起初的反对者
debrief-hard-case-turned = 你做了{ $name }（{ $who }）的工作，决策时对方是{ $now }。
debrief-hard-case-still-against = 你做了{ $name }（{ $who }）的工作，但决策时对方仍是反对者。
debrief-hard-case-missed = 你从未接触{ $name }（{ $who }）；决策时对方是{ $now }。

## 复盘，第四步：关键信息。
debrief-no-key-facts = 本项目没有需要获取的关键信息。
debrief-fact-found = 你获知：{ $fact }
debrief-fact-missed = 你始终不知道：{ $fact }

## 复盘，第五步：关键人物。
debrief-no-key-players = 本项目中没有一人说了算的人。
debrief-key-player-met = 你会见了真正的决策者{ $name }。
debrief-key-player-never-met = 你从未会见真正的决策者{ $name }。
debrief-key-player-concern-learned = 你了解到{ $name }最看重的是：{ $concern }。
debrief-key-player-concern-missed = 你始终不知道{ $name }最看重的是{ $concern }。
debrief-key-player-supported = 决策时{ $name }支持你。
debrief-key-player-stance = 决策时{ $name }是{ $stance }。

## 复盘：职业道德。
debrief-no-compliance-risk = 你没有冒任何合规风险。
debrief-ethics-start = 职业道德一项起始为满分。
debrief-breaks-policy = “{ $tactic }”违反了客户的礼品与招待规定：无论是否被发现，都是职业道德上的失败。
debrief-breaks-policy-caught = “{ $tactic }”违反了客户的礼品与招待规定：无论是否被发现，都是职业道德上的失败。合规部门发现了此事。
debrief-compliance-risk = “{ $tactic }”有 { $risk }% 的合规风险。
debrief-compliance-risk-caught = “{ $tactic }”有 { $risk }% 的合规风险。合规部门发现了此事。

## 复盘中的“假如当初”：一条本可以做得更好的行动路线，经过重放验证。
cf-waiting = 等待客户决策
cf-moves = { $first }，再{ $last }
cf-step-1 = 采购流程
cf-step-2 = 组织结构
cf-step-3 = 职能与立场
cf-step-4 = 主动获取信息
cf-step-5 = 关键人物
cf-why = 第{ $step }步（{ $name }）：
cf-why-detail = 第{ $step }步（{ $name }），{ $detail }：
cf-detail-5 = 你从未会见作出决定的{ $name }
cf-detail-4 = 关键信息始终没有找到
cf-detail-2 = 你从未接触{ $departments }
cf-result-score = 在 { $replays } 次重放中平均得分 { $score }（你自己从那时起的走法：{ $own }）
cf-result-wins = 在 { $replays } 次重放中赢了 { $wins } 次；你自己从那时起的走法赢了 { $own } 次
cf-line = { $why }假如从第 { $day } 天起先{ $moves }，{ $result }。

## 对方还不够信任你，暂时不肯说（Trusted 来源）。
event-not-trusted = { $name }还不愿意告诉你这件事：先把关系建立起来（再次会见，或用一个策略），再来问。
talk-not-trusted = 这个嘛，现在还不方便说。
