### 游戏和命令行共用的词语。

lang-name = 简体中文

days = { $days } 天

## 采购角色（权力地图上的角色标记）。
role-decision-maker = 决策者
role-technical-buyer = 技术把关者
role-user-buyer = 使用者
role-approver = 审批者
role-coach = 内线
role-gatekeeper = 守门人
role-influencer = 影响者
role-economic-buyer = 经济决策者

## 立场，单独使用和在句中使用。
stance-supporter = 支持者
stance-neutral = 中立者
stance-opponent = 反对者
stance-phrase-supporter = 支持者
stance-phrase-neutral = 中立者
stance-phrase-opponent = 反对者

## 得分的各部分：结果、五步、职业道德。
part-outcome = 结果
part-purchasing-process = 1. 采购流程
part-organization = 2. 组织结构
part-stances = 3. 职能与立场
part-information = 4. 主动获取信息
part-key-players = 5. 关键人物
part-ethics = 职业道德

## 名字之间的小词。
stance-unknown = 未知
someone = 某人
quoted = “{ $text }”
or-separator = 或
and-separator = 、
list-separator = 、
